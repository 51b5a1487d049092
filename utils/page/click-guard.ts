import type { ClickTraps } from './click-traps';
import type { Ledger, Made } from './ledger';
import { isEditable } from './skip';
import { styleNote } from './style';

export interface ClickGuardOptions {
  doc: Document;
  ledger: Ledger;
  /** What a token control says when the browser would not let it copy. */
  copyFailed: string;
  signal: AbortSignal;
  /** The anchors of a page that traps clicks: kept to their href like the links Unwall fixed. */
  traps?: Pick<ClickTraps, 'around'>;
}

/** How long the note beside a token control stays. */
const NOTE_MS = 4000;

/** The nearest element Unwall made, from the event's target up. */
function madeAround(ledger: Ledger, target: EventTarget | null): Element | null {
  for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
    if (ledger.has(el)) return el;
  }
  return null;
}

/** A short note beside a token control: copied, and where to paste it (or that copying failed). */
function showNote(el: Element, text: string): void {
  const doc = el.ownerDocument;
  el.parentNode?.querySelector(':scope > [data-unwall-ui="note"]')?.remove();
  const note = doc.createElement('span');
  note.setAttribute('data-unwall-ui', 'note');
  note.setAttribute('role', 'status');
  styleNote(note);
  note.textContent = text;
  el.after(note);
  // Only while it is still Unwall's note: a morphing update may have made the element the page's.
  doc.defaultView?.setTimeout(() => {
    if (note.getAttribute('data-unwall-ui') === 'note' && note.textContent === text) note.remove();
  }, NOTE_MS);
}

function copyToken(el: Element, token: string, copied: string, failed: string): void {
  const clipboard = el.ownerDocument.defaultView?.navigator.clipboard;
  if (!clipboard) return showNote(el, failed);
  clipboard.writeText(token).then(
    () => showNote(el, copied),
    () => showNote(el, failed),
  );
}

const isActivation = (event: Event) =>
  event.type === 'click' ||
  (event.type === 'keydown' && ['Enter', ' '].includes((event as KeyboardEvent).key));

/**
 * A link Unwall keeps going where it shows: the page's own listeners never see the press, the click
 * or the context menu on it (the ones that swap in a tracking address, or open the site's redirect
 * instead), nor the Enter that follows it. Nothing is cancelled: the browser follows the href, in
 * this tab or, for a modified or middle click, in another.
 */
function keepToHref(event: Event): void {
  if (event.type !== 'keydown' || (event as KeyboardEvent).key === 'Enter') event.stopImmediatePropagation();
}

/** A token control copies its token, by mouse or by Enter and Space; the page never sees those. */
function copyOnActivation(
  event: Event,
  el: Element,
  token: Extract<Made, { kind: 'token' }>,
  failed: string,
) {
  if (event.type === 'keydown' && !isActivation(event)) return;
  event.stopImmediatePropagation();
  if (!isActivation(event)) return;
  event.preventDefault();
  copyToken(el, token.value, token.note, failed);
}

/**
 * Keeps clicks on what Unwall made going where the user sees: a fixed link to the direct address it
 * shows (the page's own click routing through its wrapper never sees the click), a token control to
 * copying its token (by mouse or by Enter and Space). It acts only on an element that still is what
 * Unwall made: one the page has changed since (a reused anchor, stripped attributes) is the page's
 * again, and its click is left to the page, never sent to Unwall's old target. On a page that traps
 * clicks, a link to another site is kept to the href it shows now, the same way.
 */
export function guardClicks({ doc, ledger, copyFailed, signal, traps }: ClickGuardOptions): void {
  const guard = (event: Event) => {
    const el = madeAround(ledger, event.target);
    const made = el && ledger.intact(el);
    if (el && made) {
      // In a region made editable since, clicks and keys are the editor's (the user's own typing).
      if (isEditable(el)) return;
      if (made.kind === 'token') copyOnActivation(event, el, made, copyFailed);
      else keepToHref(event);
    } else if (traps?.around(event.target)) keepToHref(event);
  };
  const types = ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'contextmenu', 'keydown'];
  for (const type of types) doc.defaultView?.addEventListener(type, guard, { capture: true, signal });
}
