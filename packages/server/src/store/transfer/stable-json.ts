/**
 * Deterministic JSON: object keys sorted by code point at every depth, two-space indentation,
 * a final newline. The same data gives the same bytes whichever engine it was read from.
 */

/** Serialises `value` with keys in a stable order. */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareCodePoints(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/**
 * Code-point order. Never the database's ORDER BY for text: PostgreSQL sorts by the database's
 * collation (e.g. en_US), SQLite by bytes, so the same ids could come back in different orders.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `items` sorted by `id` in code-point order. */
export function byId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareCodePoints(a.id, b.id));
}
