/**
 * A rule pack with one platform the registry lacks: the generic fixture page's click tracker. Its one
 * example expects `url` for the page's tracker link; any other address makes the pack fail its check.
 */
export function trackerPack(url: string | null): string {
  const input = 'https://click.tracker.example/c?id=7&u=https%3A%2F%2Fshop.example.org%2Fitem%2F1';
  const entry = {
    id: 'clicktracker',
    names: { en: 'Click tracker', zh: '点击跟踪' },
    domains: ['click.tracker.example'],
    wrappers: [
      {
        kind: 'wrapper',
        hosts: ['click.tracker.example'],
        path: '/c',
        query: { u: '{u:url}' },
        to: '{u}',
        source: 'https://click.tracker.example/about',
        verified: '2026-12-01',
      },
    ],
    examples: [{ input, url }],
  };
  return JSON.stringify({
    format: 'unwall-rule-pack',
    version: 1,
    generated: '2026-12-01T10:00:00Z',
    entries: [entry],
  });
}
