/**
 * The two kinds of backup file and how to tell them apart. A snapshot is JSON Lines rather than
 * one JSON document so that two million check-ins stream through in batches instead of one
 * gigabyte string (V8 caps strings below that).
 *
 *   {"format":"ascent-backup","formatVersion":1,...header}   one line
 *   {"table":"person","columns":["id","name",...]}           before each table's rows
 *   ["person-001","Ada",...]                                 one line per row, values in column order
 *   {"end":true,"rows":1234}                                 last line: a truncated file is refused
 */
import { open } from "node:fs/promises";

/** The first 16 bytes of every SQLite database file. */
export const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");

export const SNAPSHOT_FORMAT = "ascent-backup";
export const SNAPSHOT_FORMAT_VERSION = 1;

/** The first line of a snapshot. */
export interface SnapshotHeader {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly formatVersion: number;
  /** The engine it was taken from ("postgres", or "sqlite" for a copy made through a temp file). */
  readonly engine: string;
  readonly takenAt: string;
  /** Applied migrations, oldest first: the schema the rows belong to. */
  readonly migrations: readonly string[];
}

/** Introduces the rows of one table. */
export interface SnapshotTableLine {
  readonly table: string;
  readonly columns: readonly string[];
}

/** Closes the file with the number of rows written, so truncation is detected. */
export interface SnapshotEndLine {
  readonly end: true;
  readonly rows: number;
}

/** Which kind of backup a file is, by its first bytes. */
export async function backupKindOf(file: string): Promise<"sqlite" | "snapshot"> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === SQLITE_MAGIC.length && head.equals(SQLITE_MAGIC) ? "sqlite" : "snapshot";
  } finally {
    await handle.close();
  }
}
