import type { Page } from '@playwright/test';

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function framesOf(tree: FrameTree): FrameTree['frame'][] {
  return [tree.frame, ...(tree.childFrames ?? []).flatMap(framesOf)];
}

/**
 * The addresses of the frames of a page (in its own process) in which the extension's content script
 * runs, read from the browser's own list of script worlds: the page carries no marker of Unwall's
 * (a page must not be able to tell it is installed).
 */
export async function framesWithContentScript(page: Page, extensionId: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const worlds: { origin: string; auxData?: { frameId?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // Enabling reports every script world that exists already.
    await session.send('Runtime.enable');
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const ours = new Set(
      worlds.filter((w) => w.origin === `chrome-extension://${extensionId}`).map((w) => w.auxData?.frameId),
    );
    return framesOf(frameTree)
      .filter((f) => ours.has(f.id))
      .map((f) => f.url);
  } finally {
    await session.detach();
  }
}
