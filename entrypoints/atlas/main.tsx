import { render } from 'preact';
import { t, uiI18n } from '@/utils/extension/i18n';
import { App } from './App';
import '@/assets/ui.css';
import '@/assets/atlas.css';

document.documentElement.lang = uiI18n().locale;
document.title = `${t('atlasTitle')} · ${t('extName')}`;
render(<App />, document.getElementById('app')!);
