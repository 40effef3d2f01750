/**
 * Opaque page cursors: the position where a page ended, as base64url JSON. Clients pass them back
 * unchanged; anything that does not decode to the expected shape is bad input naming `cursor`.
 */

/** The cursor text of a position (a tuple of strings). */
export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** The position in a cursor with `size` string parts, or undefined when it is not one. */
export function decodeCursor(text: string, size: number): string[] | undefined {
  if (text.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const parts: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(parts) || parts.length !== size) return undefined;
    return parts.every((p) => typeof p === "string") ? (parts as string[]) : undefined;
  } catch {
    return undefined;
  }
}
