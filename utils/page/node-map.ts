/** Past this many records, those of nodes the page has removed are let go (kept in bounds on long-lived pages). */
export const PRUNE_AT = 2000;

/**
 * A map of page nodes that lets go of the nodes the page removed once it has grown: each pass at
 * least doubles the room left, so keeping it costs constant time per entry.
 */
export function nodeMap<K extends Node, V>() {
  const map = new Map<K, V>();
  let room = PRUNE_AT;
  return Object.assign(map, {
    keep(key: K, value: V): void {
      map.set(key, value);
      if (map.size < room) return;
      for (const node of map.keys()) if (!node.isConnected) map.delete(node);
      room = Math.max(PRUNE_AT, map.size * 2);
    },
  });
}
