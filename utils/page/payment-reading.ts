import type { PageOption, PageReading, PageResource } from '@/utils/payments/evidence';
import { readingLimits } from '@/utils/payments/evidence-limits';
import type { ResourceKind } from '@/utils/payments/evidence-hosts';

/**
 * Reads, never changes, what a page shows of its payment methods: the addresses its scripts, frames,
 * forms and links name, the labels of the choices it offers, the texts of its buttons. Plain data
 * for the pure detector (`utils/payments/evidence.ts`). Every count is capped, so a giant or hostile
 * page costs no more than an ordinary one; the page is read only when the popup asks.
 */

const RESOURCE_TAGS: [tag: string, attribute: string, kind: ResourceKind, cap: number][] = [
  ['script', 'src', 'script', readingLimits.perTag],
  ['iframe', 'src', 'frame', readingLimits.perTag],
  ['frame', 'src', 'frame', readingLimits.perTag],
  ['form', 'action', 'form', readingLimits.perTag],
  ['a', 'href', 'link', readingLimits.links],
];

/**
 * Radio buttons and buttons a user picks a method with. Not checkboxes (a listing's filters are
 * checkboxes) and not tabs (a help page's tabs), nor buttons that open or fold a section
 * (`aria-expanded`: a help page's questions).
 */
const CONTROLS =
  'input[type=radio],button:not([aria-expanded]),[role=radio],[role=option],[role=button]:not([aria-expanded]),[role=menuitemradio],option';
const ACTIONS =
  'button,input[type=submit],input[type=button],[role=button],a:not([href]),a[href^="javascript:" i],a[href="#"]';

/** The page's address and the ones it names (attributes as written, resolved like the browser does). */
function urlOf(value: string | null, base: string): URL | null {
  if (value === null) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const resourceOf = (kind: ResourceKind, url: URL): PageResource => ({
  kind,
  host: url.hostname,
  path: url.pathname.slice(0, readingLimits.path),
});

/** Live collections, read one item at a time up to the cap: a page with a million links is not walked. */
function readResources(doc: Document): PageResource[] {
  const seen = new Set<string>();
  const out: PageResource[] = [];
  const add = (resource: PageResource) => {
    const key = `${resource.kind} ${resource.host}${resource.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(resource);
  };
  const page = urlOf(doc.URL, doc.URL);
  if (page) add(resourceOf('page', page));
  const base = doc.baseURI;
  for (const [tag, attribute, kind, cap] of RESOURCE_TAGS) {
    const elements = doc.getElementsByTagName(tag);
    for (let i = 0; i < cap && elements[i]; i++) {
      const url = urlOf(elements[i]!.getAttribute(attribute), base);
      if (url) add(resourceOf(kind, url));
    }
  }
  return out;
}

/**
 * The text of an element when it is short: at most `max` characters ('' when it has none), or null
 * when it is longer. Reads no further than it takes to tell.
 */
function shortTextOf(element: Element, max: number): string | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
    if (++nodes > max || text.trim().length > max * 2) return null;
  }
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= max ? collapsed : null;
}

/** The element's text pieces one by one (a logo's name apart from "推荐" beside it), each short. */
function textPiecesOf(element: Element): string[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node && pieces.length < readingLimits.pieces; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text) pieces.push(text);
  }
  return pieces;
}

/** What names a control's choice: its `<label>`, else the element around it (a radio), else itself. */
function scopeOf(control: Element): Element {
  if (control.tagName !== 'INPUT') return control;
  const input = control as HTMLInputElement;
  return input.labels?.[0] ?? input.closest('label') ?? input.parentElement ?? input;
}

/** The short texts naming a choice; null when its scope holds more than an option's few words. */
function piecesOf(scope: Element, control: Element): string[] | null {
  const whole = shortTextOf(scope, readingLimits.optionText);
  if (whole === null) return null;
  const pictures = [...scope.querySelectorAll('img[alt]')].slice(0, readingLimits.pieces);
  const pieces = [
    whole,
    ...textPiecesOf(scope),
    ...pictures.map((img) => img.getAttribute('alt')),
    control.getAttribute('aria-label'),
    scope.getAttribute('aria-label'),
  ];
  return unique(pieces, readingLimits.text).slice(0, readingLimits.pieces);
}

function unique(texts: (string | null | undefined)[], max: number): string[] {
  const kept = texts.map((t) => t?.replace(/\s+/g, ' ').trim() ?? '').filter((t) => t && t.length <= max);
  return [...new Set(kept)];
}

/** The group's own name: `aria-label`, `aria-labelledby`, a fieldset's legend. */
function groupNameOf(group: Element): (string | null)[] {
  const labelledBy = group.getAttribute('aria-labelledby');
  const named = labelledBy ? group.ownerDocument.getElementById(labelledBy.split(/\s+/)[0]!) : null;
  const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
  return [
    group.getAttribute('aria-label'),
    named && shortTextOf(named, readingLimits.heading),
    legend && shortTextOf(legend, readingLimits.heading),
  ];
}

/** Short texts before `child` in its parent that are no choices themselves: the group's heading. */
function headingsBefore(child: Element): (string | null)[] {
  const found: (string | null)[] = [];
  let sibling = child.previousElementSibling;
  for (let i = 0; sibling && i < readingLimits.siblings && found.length < 2; i++) {
    // Short text first: only a small sibling is then searched for choices of its own.
    const text = shortTextOf(sibling, readingLimits.heading);
    if (text && !sibling.matches(CONTROLS) && !sibling.querySelector(CONTROLS)) found.push(text);
    sibling = sibling.previousElementSibling;
  }
  return found;
}

/**
 * The texts heading the group around a choice, a few levels up: the group names on the way, and the
 * nearest heading only. A poll's question heads its choices even inside an article section headed
 * "支付方式".
 */
function headingsOf(scope: Element): string[] {
  const found: (string | null)[] = [];
  let child = scope;
  for (let level = 0; level < readingLimits.depth && child.parentElement; level++) {
    const parent = child.parentElement;
    const before = headingsBefore(child);
    found.push(...before, ...groupNameOf(parent));
    if (before.length > 0) break;
    child = parent;
  }
  return unique(found, readingLimits.heading).slice(0, readingLimits.headings);
}

function formOf(control: Element, doc: Document): PageOption['form'] {
  const form = control.closest('form');
  const url = form && urlOf(form.getAttribute('action') ?? '', doc.baseURI);
  return url ? { host: url.hostname, path: url.pathname.slice(0, readingLimits.path) } : null;
}

function readOptions(doc: Document): PageOption[] {
  const controls = [...doc.querySelectorAll(CONTROLS)].slice(0, readingLimits.controls);
  const options: PageOption[] = [];
  for (const control of controls) {
    if (options.length >= readingLimits.options) break;
    const scope = scopeOf(control);
    const pieces = piecesOf(scope, control);
    if (pieces?.length) options.push({ pieces, headings: headingsOf(scope), form: formOf(control, doc) });
  }
  return options;
}

function readActions(doc: Document): string[] {
  const actions = [...doc.querySelectorAll(ACTIONS)].slice(0, readingLimits.controls);
  const texts = actions.map((a) =>
    a.tagName === 'INPUT' ? (a as HTMLInputElement).value : shortTextOf(a, readingLimits.heading),
  );
  return unique(texts, readingLimits.heading).slice(0, readingLimits.actions);
}

/** Custom elements a payment SDK defines, by tag name (only those, so nothing else of the page is named). */
function readElements(doc: Document, tags: readonly string[]): string[] {
  return tags.filter((tag) => doc.getElementsByTagName(tag).length > 0);
}

/**
 * Everything the detector needs from `doc`, capped, as plain data.
 * @example readPaymentEvidence(document, ['apple-pay-button']).resources[0] // { kind: 'page', host: 'shop.example.org', path: '/' }
 */
export function readPaymentEvidence(doc: Document, elementTags: readonly string[]): PageReading {
  return {
    resources: readResources(doc),
    options: readOptions(doc),
    actions: readActions(doc),
    elements: readElements(doc, elementTags),
  };
}
