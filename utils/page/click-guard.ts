import type { Ledger } from './ledger';
import { isEditable } from './skip';
import { styleNote } from './style';

export interface ClickGuardOptions {
  doc: Document;
  ledger: Ledger;
  /** What a token control says when the browser would not let it copy. */
  copyFailed: string;
  signal: AbortSignal;
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
 * Keeps clicks on what Unwall made going where the user sees: a fixed link to the direct address it
 * shows (the page's own click routing through its wrapper never sees the click), a token control to
 * copying its token (by mouse or by Enter and Space). It acts only on an element that still is what
 * Unwall made: one the page has changed since (a reused anchor, stripped attributes) is the page's
 * again, and its click is left to the page, never sent to Unwall's old target.
 */
export function guardClicks({ doc, ledger, copyFailed, signal }: ClickGuardOptions): void {
  const guard = (event: Event) => {
    const el = madeAround(ledger, event.target);
    const made = el && ledger.intact(el);
    // In a region made editable since, clicks and keys are the editor's (the user's own typing).
    if (!el || !made || isEditable(el)) return;
    if (made.kind !== 'token') {
      if (event.type !== 'keydown') event.stopImmediatePropagation();
      return;
    }
    if (event.type === 'keydown' && !isActivation(event)) return;
    event.stopImmediatePropagation();
    if (!isActivation(event)) return;
    event.preventDefault();
    copyToken(el, made.value, made.note, copyFailed);
  };
  for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'keydown']) {
    doc.defaultView?.addEventListener(type, guard, { capture: true, signal });
  }
}
