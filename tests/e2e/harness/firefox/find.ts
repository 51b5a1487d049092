import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * The system Firefox to drive: `FIREFOX_PATH` when set, else Debian's. Browsers cannot be downloaded
 * here (and Playwright's Firefox is a patched build of its own), so a missing one is an install step.
 */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found (looked at ' +
        candidates.join(', ') +
        '). Install it with `sudo apt-get install firefox-esr`, or set FIREFOX_PATH.',
    );
  }
  return found;
}
