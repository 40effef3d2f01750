/**
 * A canonical JSON text: object keys sorted, no whitespace. Two values with the same content give
 * the same text whatever order their keys were written in, so the text can be hashed.
 */

/** The canonical JSON text of plain data (objects, arrays, strings, numbers, booleans, null). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      // Compare by code unit, not locale, so the order never depends on the machine.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
