import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { makeTestCertificate } from './cert';

const pagesDir = resolve(import.meta.dirname, '../../fixtures/pages');
/** Libraries fixture pages load from `/__lib/<name>` on any host (real framework re-renders in e2e). */
const libraries: Record<string, string> = {
  'preact.mjs': resolve(import.meta.dirname, '../../../node_modules/preact/dist/preact.mjs'),
};
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A transparent 1×1 GIF. */
const BLANK_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface FixtureServerOptions {
  /**
   * Answer image requests that match no fixture with a blank image instead of 404. Real saved pages
   * swap a broken image for a fallback in `onerror` (CSDN), which 404s too, and so on for ever: the
   * page never reaches `load`.
   */
  blankImages?: boolean;
}

export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  /** Serve `html` at this absolute URL (host + path; the query is ignored) until the server closes. */
  page(url: string, html: string): void;
  /** Serve `body` at this absolute URL with these headers (and a status), replacing what was there. */
  respond(url: string, body: string, headers: Record<string, string>, status?: number): void;
  /** How many requests reached this absolute URL (host + path) since the server started. */
  hits(url: string): number;
  close(): Promise<void>;
}

function staticFile(host: string, pathname: string): string | null {
  if (pathname.startsWith('/__lib/')) return libraries[pathname.slice('/__lib/'.length)] ?? null;
  const hostDir = join(pagesDir, host);
  const file = normalize(join(hostDir, decodeURIComponent(pathname)));
  if (!file.startsWith(hostDir)) return null;
  const candidates = [file, join(file, 'index.html')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** What a request that matches no fixture gets: 404, or a blank image where the options ask for one. */
function answerMissing(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: FixtureServerOptions,
): void {
  if (options.blankImages && req.headers.accept?.startsWith('image/')) {
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' }).end(BLANK_GIF);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404 fixture</h1>');
}

/**
 * One local server for every fixture host: Chromium's host resolver rules send `https://www.taobao.com`
 * and friends here, and the Host header picks `tests/fixtures/pages/<host>/<path>` (or a page a test
 * registered), so content scripts see the real host names.
 */
export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const answers = new Map<string, { body: string; headers: Record<string, string>; status: number }>();
  const hits = new Map<string, number>();
  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    hits.set(host + pathname, (hits.get(host + pathname) ?? 0) + 1);
    const answer = answers.get(host + pathname);
    if (answer) {
      res.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers }).end(answer.body);
      return;
    }
    const dynamic = pages.get(host + pathname);
    const file = dynamic === undefined ? staticFile(host, pathname) : null;
    if (dynamic === undefined && !file) {
      answerMissing(req, res, options);
      return;
    }
    // Fixture files without an extension stand for pages (real paths such as /newredirectconfirmcgi).
    const type = (file && types[extname(file)]) || types['.html'];
    res.writeHead(200, { 'content-type': type!, 'cache-control': 'no-store' });
    res.end(file ? readFileSync(file) : dynamic);
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(makeTestCertificate(), handler);
  await Promise.all([plain, secure].map((s) => new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok))));
  return {
    httpPort: (plain.address() as AddressInfo).port,
    httpsPort: (secure.address() as AddressInfo).port,
    page(url, html) {
      const { host, pathname } = new URL(url);
      pages.set(host + pathname, html);
    },
    respond(url, body, headers, status = 200) {
      const { host, pathname } = new URL(url);
      answers.set(host + pathname, { body, headers, status });
    },
    hits(url) {
      const { host, pathname } = new URL(url);
      return hits.get(host + pathname) ?? 0;
    },
    async close() {
      await Promise.all([plain, secure].map((s) => new Promise((ok) => s.close(ok))));
    },
  };
}
