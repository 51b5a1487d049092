import { limits } from '@/utils/protocol';

/** What the walk hands its finds to, and asks whether to pause. */
export interface Visitor {
  /** The engine's cheap prefilter: every text node of the page passes it. */
  mayContainLinks(text: string): boolean;
  /** A text node that passed the prefilter. */
  text(node: Text, text: string): void;
  anchor(a: HTMLAnchorElement): void;
  /** True while enough answers are awaited: the walk pauses, so a page cannot queue work without bound. */
  busy(): boolean;
}

/** One added or changed piece of the page: its text nodes (walked, or a single one), then its anchors. */
export interface Task {
  root: Node;
  walker: TreeWalker | null;
  single: Text | null;
  anchors: HTMLAnchorElement[] | null;
  next: number;
}

function anchorsIn(root: Node): HTMLAnchorElement[] {
  if (root.nodeType === Node.TEXT_NODE) return [];
  const element = root as Element | Document;
  const list = [...element.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches('a[href]'))
    list.unshift(root as HTMLAnchorElement);
  return list;
}

/** True at every 32nd call once the budget is spent or the visitor is busy (the clock is read rarely). */
export function pauser(budgetMs: number, visitor: Visitor): () => boolean {
  const deadline = performance.now() + budgetMs;
  let count = 0;
  return () => (++count & 31) === 0 && (visitor.busy() || performance.now() > deadline);
}

/** Works on one task until it is done (true) or `late` says to pause (false: it goes on from there). */
export function workOn(task: Task, doc: Document, visitor: Visitor, late: () => boolean): boolean {
  const mayContainLinks = visitor.mayContainLinks;
  if (task.single) {
    const text = task.single.data;
    if (text.length <= limits.text && mayContainLinks(text)) visitor.text(task.single, text);
    task.single = null;
  }
  if (task.walker) {
    // The page may have removed the node the walk stopped at: walk the task's root again.
    const at = task.walker.currentNode;
    if (at !== task.root && !task.root.contains(at))
      task.walker = doc.createTreeWalker(task.root, NodeFilter.SHOW_TEXT);
    // The hot loop: every text node of the page passes here, most only through the prefilter.
    const walker = task.walker;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data;
      if (text.length <= limits.text && mayContainLinks(text)) visitor.text(n as Text, text);
      if (late()) return false;
    }
    task.walker = null;
  }
  task.anchors ??= anchorsIn(task.root);
  while (task.next < task.anchors.length) {
    visitor.anchor(task.anchors[task.next++]!);
    if (late()) return false;
  }
  return true;
}

/** A task for a node on the page: a text node is read alone, an element or document is walked; null for anything else. */
export function taskFor(doc: Document, root: Node): Task | null {
  if (root.nodeType === Node.TEXT_NODE)
    return { root, walker: null, single: root as Text, anchors: [], next: 0 };
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) return null;
  return {
    root,
    walker: doc.createTreeWalker(root, NodeFilter.SHOW_TEXT),
    single: null,
    anchors: null,
    next: 0,
  };
}
