/**
 * The coverage page cursor: the last team of a page as (leaders, team id), opaque to clients
 * (base64url of a JSON pair) so its shape can change without breaking a saved link's meaning.
 */
import type { CoverageCursor } from "../../store/queries/dashboard.queries.js";

/** The cursor text of a position. */
export function encodeCoverageCursor(cursor: CoverageCursor): string {
  return Buffer.from(JSON.stringify([cursor.leaders, cursor.teamId])).toString("base64url");
}

/** The position a cursor text names, or undefined when it is not one this dashboard gave. */
export function decodeCoverageCursor(text: string): CoverageCursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [leaders, teamId] = value as unknown[];
    if (!Number.isSafeInteger(leaders) || (leaders as number) < 0) return undefined;
    if (typeof teamId !== "string" || teamId === "" || teamId.length > 200) return undefined;
    return { leaders: leaders as number, teamId };
  } catch {
    return undefined;
  }
}
