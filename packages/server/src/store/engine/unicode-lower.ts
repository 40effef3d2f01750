/**
 * SQLite's own lower() folds only A–Z, so on the embedded engine "émile" would not find "Émile",
 * "иван" not "Иван", and "Équipe" and "équipe" could both be team names — while PostgreSQL
 * (lower() under a UTF-8 ctype) folds them all. Ascent therefore redefines lower() on every SQLite
 * connection it opens, as SQLite's ICU extension does, with one lower-case letter per letter, like
 * PostgreSQL's per-character mapping: the case-insensitive keys, their indexes (migration 011
 * rebuilds them) and every comparison then mean the same on both engines.
 *
 * The price, as with ICU: another SQLite program sees the built-in lower(), so a row it writes could
 * be indexed under a different key. Change the database through Ascent (docs/operations.md).
 */
import type BetterSqlite3 from "better-sqlite3";

/** Each code point lowered on its own (a mapping to several code points, like "İ", keeps the letter). */
export function lowerPerCodePoint(text: string): string {
  const lowered = text.toLowerCase();
  // The common case: the same length means no letter expanded, so the whole-string result stands.
  if (lowered.length === text.length) return lowered;
  let result = "";
  for (const character of text) {
    const one = character.toLowerCase();
    result += one.length === character.length ? one : character;
  }
  return result;
}

/** Replaces lower() on this connection (deterministic, so expression indexes may use it). */
export function installUnicodeLower(sqlite: BetterSqlite3.Database): void {
  sqlite.function("lower", { deterministic: true }, (value: unknown) => {
    if (value === null || value === undefined) return null;
    if (typeof value === "string") return lowerPerCodePoint(value);
    if (Buffer.isBuffer(value)) return lowerPerCodePoint(value.toString("utf8"));
    return lowerPerCodePoint(String(value));
  });
}
