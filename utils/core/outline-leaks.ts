/**
 * The last check before an outline is shown or copied, and the tests' scanner: any Client ID,
 * secret (either format), App ID, UUID, e-mail or date left in an outline's JSON, or any of
 * the `known` values (the page's own names and IDs, in tests). Shapes are removed first.
 */

const LEAK_PATTERNS: readonly [string, RegExp][] = [
  ['client-id', /amzn1\.application-oa2-client\.[0-9a-f]{4,}/i],
  ['secret', /amzn1\.oa2-cs\.v1\.[0-9a-f]{4,}/i],
  ['app-id', /amzn1\.(?:sp\.solution|sellerapps\.app)\./i],
  ['hex', /[0-9a-f]{16,}/i],
  ['uuid', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i],
  ['email', /[\w.+-]+@[\w-]+\.[\w.-]+/],
  [
    'date',
    /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}年|\b\d{1,2},? \d{4}\b/,
  ],
];

export type Leak = { kind: string; excerpt: string };

/** Every leak found in `outlineJson`; empty when the outline is safe to share. */
export function findLeaks(outlineJson: string, known: readonly string[] = []): Leak[] {
  const plain = outlineJson.replace(/<[a-z0-9-]+(?::[^#<>"]*)?(?:#[\w.]+)?>/g, ' ');
  const leaks: Leak[] = [];
  for (const [kind, pattern] of LEAK_PATTERNS) {
    const match = pattern.exec(plain);
    if (match) leaks.push({ kind, excerpt: excerpt(plain, match.index) });
  }
  const lower = plain.toLowerCase();
  for (const value of known) {
    const at = value.length >= 4 ? lower.indexOf(value.toLowerCase()) : -1;
    if (at >= 0) leaks.push({ kind: 'known value', excerpt: excerpt(plain, at) });
  }
  return leaks;
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 30), at + 50);
}
