import { expect, type CDPSession } from '@playwright/test';

/** The DevTools target of the toolbar popup, once the browser has opened it. */
export async function popupTarget(cdp: CDPSession): Promise<string> {
  let targetId: string | undefined;
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId;
      return targetId;
    })
    .toBeDefined();
  return targetId!;
}

/**
 * Evaluates an expression in a target that Playwright does not list as a page, through a
 * non-flat session of the DevTools protocol (the only kind Playwright's CDP sessions can route).
 */
export async function evaluateIn(cdp: CDPSession, targetId: string) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { result: { value: unknown } } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result?.result.value);
  });
  let id = 0;
  return async (expression: string) => {
    const reply = new Promise((resolve) => pending.set(++id, resolve));
    const params = { expression, returnByValue: true };
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
    });
    return reply;
  };
}
