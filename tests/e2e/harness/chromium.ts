import { existsSync } from 'node:fs';

const candidates = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/**
 * The system Chromium to drive: `CHROMIUM_PATH` when set, else Debian's binary. Browsers cannot be
 * downloaded here, so a missing one is an install step to do, said plainly.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found (looked at ' +
        candidates.join(', ') +
        '). Install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}
