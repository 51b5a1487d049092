import type { Message, MessageType, Reply } from '@/utils/protocol';
import { messageSchema } from './requests';

/**
 * The background's answer to each message type: the reply the protocol names, or `undefined` for no
 * answer (a report, or a sender that may not ask).
 */
export type Handlers<S> = {
  [K in MessageType]: (
    message: Message<K>,
    sender: S,
  ) => Reply<K> | Promise<Reply<K> | undefined> | undefined;
};

/**
 * A `runtime.onMessage` listener that checks every message against its schema (anything else is
 * ignored, unanswered) and hands it to the handler of its type.
 * @example routeMessages({ ...handlers, hello: () => permit })({ type: 'hello', host: 'a.cn' }, sender) // Promise of permit
 */
export function routeMessages<S>(handlers: Handlers<S>) {
  return (raw: unknown, sender: S): Promise<unknown> | undefined => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const handle = handlers[parsed.data.type] as (message: Message, sender: S) => unknown;
    const reply = handle(parsed.data, sender);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
}

/**
 * A listener of its own for one message type, that answers nothing (its work is a side effect, such
 * as a frame's `hello` clearing what the background kept of the frame's old page).
 * @example runtime.onMessage.addListener(onMessageOf('hello', (message, sender) => forget(sender)))
 */
export function onMessageOf<K extends MessageType, S>(
  type: K,
  run: (message: Message<K>, sender: S) => void,
) {
  return (raw: unknown, sender: S): undefined => {
    // Other types pass at the cost of one property read: a page's batch is checked once, by the router.
    if ((raw as { type?: unknown } | null)?.type !== type) return undefined;
    const parsed = messageSchema.safeParse(raw);
    if (parsed.success && parsed.data.type === type) run(parsed.data as unknown as Message<K>, sender);
    return undefined;
  };
}
