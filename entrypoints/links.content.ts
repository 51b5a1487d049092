import { defineContentScript } from 'wxt/utils/define-content-script';
import { markScriptRan } from '@/utils/page/mark';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    markScriptRan(document);
  },
});
