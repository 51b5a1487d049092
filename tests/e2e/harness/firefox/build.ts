import { ensureFreshBuildFor } from '../build';

/** Global setup of the Firefox suite: builds `.output/firefox-mv2` unless it is newer than the sources. */
export default function ensureFreshFirefoxBuild(): void {
  ensureFreshBuildFor('firefox');
}
