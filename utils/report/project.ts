/**
 * The project's issue tracker, linked from the popup, the options page and the README.
 * To be filled: the repository is not public yet (package.json has no `repository`), so this is a
 * placeholder on the reserved `.invalid` domain (RFC 2606), which leads nowhere until it is replaced.
 */
export const ISSUE_TRACKER_URL = 'https://issues.unwall.invalid/to-be-filled';
