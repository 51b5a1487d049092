import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardWindowOpen } from '@/utils/page/window-open';

export default defineContentScript({
  // Replaced at build time by the registry's `windowOpenHosts` (see wxt.config.ts): the page's own
  // world is touched on those pages only.
  matches: ['https://window-open.unwall.invalid/*'],
  // The page's world, to wrap the `window.open` its scripts call: Chrome 111+ and Firefox 128+ take
  // `world` in the manifest, MV2 included (mdn/browser-compat-data, webextensions/manifest/content_scripts.json).
  world: 'MAIN',
  // Before the page's scripts, so that the guard's listener is the window's first.
  runAt: 'document_start',
  allFrames: true,
  // No global variable for the bundle: the page's world is the page's, and it is not told of Unwall.
  globalName: false,
  main() {
    guardWindowOpen(window);
  },
});
