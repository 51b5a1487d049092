import type { Browser } from 'puppeteer-core';

/** What this file needs of puppeteer's WebDriver BiDi connection: the `send` every command goes through. */
interface BidiSender {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * The privileged script of Firefox's own window (`browser.xhtml`), reached over WebDriver BiDi.
 *
 * Firefox's BiDi does not show extension pages to a client (they are skipped until it can debug
 * extensions, https://bugzil.la/1755014), and refuses to navigate a tab to `moz-extension:`. Started
 * with `--remote-allow-system-access`, it lists its chrome windows (`"moz:scope": "chrome"`) and runs
 * script in them; from there the suite opens the extension's pages in tabs and reads them (see
 * `extension-tab.ts`). Puppeteer has no call for this Firefox extension of the protocol, so commands go
 * through its connection directly.
 */
export class BrowserWindow {
  private constructor(
    private readonly connection: BidiSender,
    private readonly context: string,
  ) {}

  static async attach(browser: Browser): Promise<BrowserWindow> {
    const connection = (browser as unknown as { connection?: BidiSender }).connection;
    if (typeof connection?.send !== 'function') {
      throw new Error('puppeteer-core no longer exposes its BiDi connection as `browser.connection`.');
    }
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const { contexts } = result as { contexts: { context: string; url: string }[] };
    const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox listed no browser window (is --remote-allow-system-access set?).');
    return new BrowserWindow(connection, window.context);
  }

  /** The value of `expression` (script of the browser window, awaited), passed back as JSON. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result } = await this.connection.send('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const answer = result as EvaluateResult;
    if (answer.type === 'exception') {
      throw new Error(`In Firefox's window: ${answer.exceptionDetails?.text ?? 'an exception'}`);
    }
    return JSON.parse(answer.result?.value as string) as T;
  }
}
