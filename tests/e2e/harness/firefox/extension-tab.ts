import { randomUUID } from 'node:crypto';
import type { BrowserWindow } from './browser-window';

/** The tab's window as `fn` gets it: its DOM and constructors (`new win.Event(…)`). */
export type ContentWindow = Window & typeof globalThis;

/** A tab showing one of the extension's own pages (`moz-extension://<uuid>/popup.html`). */
export interface ExtensionTab {
  /**
   * Runs `fn` on the tab's window, in the extension's process, and returns its result (as JSON).
   * `fn` is sent as source text, so it uses only its arguments. It runs with the browser's privileges
   * and sees the page's DOM (through Xray wrappers), not the page's own script objects; events it
   * dispatches reach the page's listeners as a user's would.
   */
  run<A, R>(fn: (win: ContentWindow, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** The longest a frame script may take to answer before `run` gives up (a poll then asks again). */
const ANSWER_TIMEOUT_MS = 5_000;
/** The longest an extension page may take to replace the new tab's first document. */
const LOAD_TIMEOUT_MS = 15_000;

/**
 * Opens `url` in a new tab from the browser window and waits until the extension's process shows it.
 * The tab is found again by its browser's id: tab indexes move when other tabs close.
 */
export async function openExtensionTab(window: BrowserWindow, url: string): Promise<ExtensionTab> {
  const browserId = await window.evaluate<number>(`(async () => {
    const tab = gBrowser.addTab(${JSON.stringify(url)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    });
    gBrowser.selectedTab = tab;
    const browser = tab.linkedBrowser;
    // The first document is the tab's about:blank; run() must not talk to it.
    const deadline = Date.now() + ${LOAD_TIMEOUT_MS};
    await new Promise((shown, failed) => {
      const check = () => {
        const doc = browser.browsingContext?.currentWindowGlobal?.documentURI?.spec;
        if (browser.remoteType === 'extension' && doc === ${JSON.stringify(url)}) shown();
        else if (Date.now() > deadline) failed(new Error('the tab did not show ' + ${JSON.stringify(url)}));
        else setTimeout(check, 20);
      };
      check();
    });
    return browser.browserId;
  })()`);
  const browser = `gBrowser.browsers.find((b) => b.browserId === ${browserId})`;
  return {
    async run(fn, arg) {
      const name = `unwall-e2e:${randomUUID()}`;
      const answer = await window.evaluate<{ value?: string; error?: string }>(
        `(() => {
          const browser = ${browser};
          if (!browser) throw new Error('the extension tab is closed');
          const mm = browser.messageManager;
          return new Promise((answer) => {
            const done = (data) => {
              mm.removeMessageListener(${JSON.stringify(name)}, listener);
              answer(data);
            };
            const listener = (message) => done(message.data);
            mm.addMessageListener(${JSON.stringify(name)}, listener);
            setTimeout(() => done({ error: 'no answer from the extension tab' }), ${ANSWER_TIMEOUT_MS});
            mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript(name, fn, arg))}), false);
          });
        })()`,
      );
      if (answer.error !== undefined) throw new Error(answer.error);
      return JSON.parse(answer.value!) as Awaited<ReturnType<typeof fn>>;
    },
    async close() {
      await window.evaluate(`(() => {
        const browser = ${browser};
        if (browser) gBrowser.removeTab(gBrowser.getTabForBrowser(browser));
      })()`);
    },
  };
}

/**
 * A frame script (it runs in the process of the tab's document, where `content` is its window) that
 * calls `fn` and sends back its result in a message called `name`.
 */
function frameScript<A, R>(name: string, fn: (win: ContentWindow, arg: A) => R | Promise<R>, arg: A): string {
  return `Promise.resolve()
    .then(() => (${fn.toString()})(content, ${JSON.stringify(arg)}))
    .then(
      (value) => sendAsyncMessage(${JSON.stringify(name)}, { value: JSON.stringify(value ?? null) }),
      (error) => sendAsyncMessage(${JSON.stringify(name)}, { error: String(error) }),
    );`;
}
