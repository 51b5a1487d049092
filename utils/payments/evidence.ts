import { evidenceElements, evidenceHosts, type ResourceKind } from './evidence-hosts';
import { checkoutHeadings, methodLabels, normalizeLabel, payActions } from './evidence-labels';
import { paymentMethodIds, type PaymentMethod } from './schema';

/** An address the page names: its own, or a script's, a frame's, a form's or a link's (no query). */
export interface PageResource {
  kind: ResourceKind;
  host: string;
  path: string;
}

/** A control the user picks from (a radio button, an option, a button), as the collector read it. */
export interface PageOption {
  /** The short texts of its label: text pieces, picture descriptions, its accessible name. */
  pieces: string[];
  /** Short texts that head the group it is in, nearest first (headings, legends, group names). */
  headings: string[];
  /** Where the form it belongs to posts, if it is in one. */
  form: { host: string; path: string } | null;
}

/** What the collector read from a page: plain data, checked again (zod) where it arrives. */
export interface PageReading {
  resources: PageResource[];
  options: PageOption[];
  /** Short texts of the page's buttons, to tell a checkout from a filter. */
  actions: string[];
  /** Tag names of the page's custom elements that a payment SDK defines. */
  elements: string[];
}

export type SeenEvidence =
  | { kind: ResourceKind; host: string; processor?: string }
  | { kind: 'label'; text: string }
  | { kind: 'element'; tag: string };

export interface SeenMethod {
  method: PaymentMethod;
  evidence: SeenEvidence[];
}

/** At most this many pieces of evidence are named per method. */
const MAX_EVIDENCE = 3;

const matchesAny = (patterns: readonly RegExp[], text: string) =>
  patterns.some((pattern) => pattern.test(normalizeLabel(text)));

function hostEntry(kind: ResourceKind, host: string, path: string) {
  const lower = host.toLowerCase();
  return evidenceHosts.find((e) => e.host === lower && e.kinds.includes(kind) && path.startsWith(e.path));
}

function fromResources(reading: PageReading): [PaymentMethod, SeenEvidence][] {
  return reading.resources.flatMap(({ kind, host, path }) => {
    const entry = hostEntry(kind, host, path);
    if (!entry) return [];
    const evidence: SeenEvidence = { kind, host: entry.host };
    return [[entry.method, entry.processor ? { ...evidence, processor: entry.processor } : evidence]];
  });
}

function fromElements(reading: PageReading): [PaymentMethod, SeenEvidence][] {
  return evidenceElements
    .filter((e) => reading.elements.includes(e.tag))
    .map((e) => [e.method, { kind: 'element', tag: e.tag }]);
}

/** An option belongs to a checkout when its form posts to a cashier, or a payment heading names its group. */
function isCheckoutOption(option: PageOption, hasPayAction: boolean): boolean {
  if (option.form && hostEntry('form', option.form.host, option.form.path)) return true;
  return hasPayAction && option.headings.some((heading) => matchesAny(checkoutHeadings, heading));
}

function methodOfLabel(text: string): PaymentMethod | undefined {
  const normalized = normalizeLabel(text);
  return methodLabels.find((m) => m.label.test(normalized))?.method;
}

function fromLabels(reading: PageReading): [PaymentMethod, SeenEvidence][] {
  const hasPayAction = reading.actions.some((action) => matchesAny(payActions, action));
  return reading.options
    .filter((option) => isCheckoutOption(option, hasPayAction))
    .flatMap((option) => option.pieces)
    .flatMap((text) => {
      const method = methodOfLabel(text);
      return method ? [[method, { kind: 'label', text: text.trim() }] as [PaymentMethod, SeenEvidence]] : [];
    });
}

const sameEvidence = (a: SeenEvidence, b: SeenEvidence) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The payment methods a page shows or loads, each with what showed it, in the dataset's order of
 * methods: a cashier, gateway or SDK address from `evidence-hosts.ts` (in the role its provider
 * documents), a custom element only a payment SDK defines, or an option label inside a checkout.
 * Precision first: a page that only mentions a method (an article, a footer, a help page) gives none.
 * @example findSeenMethods({ resources: [{ kind: 'script', host: 'js.stripe.com', path: '/v3/' }], options: [], actions: [], elements: [] })
 * // [{ method: 'intl_cards', evidence: [{ kind: 'script', host: 'js.stripe.com', processor: 'Stripe' }] }]
 */
export function findSeenMethods(reading: PageReading): SeenMethod[] {
  const found = [...fromResources(reading), ...fromElements(reading), ...fromLabels(reading)];
  return paymentMethodIds.flatMap((method) => {
    const evidence = found
      .filter(([m]) => m === method)
      .map(([, e]) => e)
      .filter((e, i, all) => all.findIndex((other) => sameEvidence(other, e)) === i)
      .slice(0, MAX_EVIDENCE);
    return evidence.length > 0 ? [{ method, evidence }] : [];
  });
}
