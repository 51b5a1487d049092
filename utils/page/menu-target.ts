export interface MenuTargetOptions {
  doc: Document;
  signal: AbortSignal;
  /** Whether an element is one of Unwall's fixes as it made it (an anchor, never a token control). */
  isFix: (el: Element) => boolean;
}

/**
 * The fix the user last opened the context menu on, for the menu's "Open original link" and "Restore
 * this link": the browser tells the background only the link's address and the frame, so the frame
 * remembers which of its fixes the `contextmenu` event was on (nothing when it was on no fix). Heard
 * on the window in the capture phase, registered before the click guard, which keeps the event from
 * the page's own listeners on a fix.
 */
export function followMenuTarget({ doc, signal, isFix }: MenuTargetOptions) {
  let last: WeakRef<Element> | null = null;
  const remember = (event: Event) => {
    last = null;
    for (let el = event.target instanceof Element ? event.target : null; el; el = el.parentElement)
      if (isFix(el)) return void (last = new WeakRef(el));
  };
  doc.defaultView?.addEventListener('contextmenu', remember, { capture: true, signal });
  return {
    /**
     * The fix last right-clicked, while it still is one (the page may have reused the element since)
     * and its link still is the address the menu names; else null, and nothing is done.
     * @example at('https://github.com/x') // the <a> right-clicked, or null
     */
    at(linkUrl: string): Element | null {
      const el = last?.deref();
      if (!el?.isConnected || !isFix(el)) return null;
      return (el as HTMLAnchorElement).href === linkUrl ? el : null;
    },
  };
}
