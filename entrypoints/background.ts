import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Step 1: the service worker exists so later steps can hang messages, badge and menus on it.
  },
});
