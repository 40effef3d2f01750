/** Reading and writing the JSON text columns (see schema/column-types.ts for why JSON is text). */

/** Parses a JSON column, or returns `fallback` for null. */
export function readJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

/** Serialises a value for a JSON column; undefined becomes null. */
export function writeJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
