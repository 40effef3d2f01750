/** Writing and reading the JSON Lines snapshot (see backup-format.ts), streamed both ways. */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { StoreError } from "../errors/store-error.js";
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotEndLine,
  type SnapshotHeader,
  type SnapshotTableLine,
} from "./backup-format.js";
import { ROW_BATCH, type TableRows, type TableStream } from "./table-rows.types.js";

/**
 * Writes the snapshot to `file` through a temporary name renamed at the end, so a failed backup
 * never leaves a file that looks whole. Mode 0600: a backup holds password hashes.
 */
export async function writeSnapshotFile(
  file: string,
  header: Omit<SnapshotHeader, "format" | "formatVersion">,
  tables: AsyncIterable<TableRows>,
): Promise<{ tables: number; rows: number }> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
  };
  let tableCount = 0;
  let rows = 0;
  try {
    await write({ format: SNAPSHOT_FORMAT, formatVersion: SNAPSHOT_FORMAT_VERSION, ...header });
    for await (const table of tables) {
      tableCount += 1;
      await write({ table: table.table, columns: table.columns } satisfies SnapshotTableLine);
      for await (const batch of table.batches) {
        for (const row of batch) await write(row);
        rows += batch.length;
      }
    }
    await write({ end: true, rows } satisfies SnapshotEndLine);
    out.end();
    await once(out, "finish");
    await rename(partial, file);
    return { tables: tableCount, rows };
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

function invalid(file: string, reason: string): StoreError {
  return new StoreError("invalid_import", `Not an Ascent backup (${file}): ${reason}`, { file, reason });
}

function parseLine(file: string, line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw invalid(file, `line ${number} is not JSON`);
  }
}

/** The header of a snapshot file, checked. */
export async function readSnapshotHeader(file: string): Promise<SnapshotHeader> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return checkHeader(file, parseLine(file, line, 1));
    throw invalid(file, "the file is empty");
  } finally {
    lines.close();
  }
}

function checkHeader(file: string, value: unknown): SnapshotHeader {
  const header = value as Partial<SnapshotHeader> | null;
  if (header?.format !== SNAPSHOT_FORMAT) throw invalid(file, `the first line has no "format": "${SNAPSHOT_FORMAT}"`);
  if (header.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw invalid(file, `format version ${String(header.formatVersion)} is not supported`);
  }
  if (!Array.isArray(header.migrations)) throw invalid(file, `the header has no migration list`);
  return header as SnapshotHeader;
}

/**
 * The snapshot's tables as a stream. Each table's batches must be read to the end before the
 * next table is asked for (restore does), since both walk the same lines.
 */
export async function readSnapshotFile(file: string): Promise<TableStream> {
  const header = await readSnapshotHeader(file);
  return { migrations: header.migrations, tables: snapshotTables(file) };
}

async function* snapshotTables(file: string): AsyncGenerator<TableRows> {
  const input = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
  const lines = input[Symbol.asyncIterator]();
  let number = 0;
  let rows = 0;
  const next = async (): Promise<unknown> => {
    const { value, done } = await lines.next();
    if (done) throw invalid(file, "the file ends early (no end line): it is truncated");
    number += 1;
    return parseLine(file, value, number);
  };
  try {
    await next(); // the header, already checked
    let line = await next();
    for (;;) {
      if ((line as SnapshotEndLine).end === true) {
        if ((line as SnapshotEndLine).rows !== rows) throw invalid(file, "the row count at the end does not match");
        return;
      }
      const table = line as SnapshotTableLine;
      if (typeof table.table !== "string" || !Array.isArray(table.columns)) {
        throw invalid(file, `line ${number} should start a table`);
      }
      let following: unknown;
      async function* batches(): AsyncGenerator<unknown[][]> {
        let batch: unknown[][] = [];
        for (;;) {
          const row = await next();
          if (!Array.isArray(row)) {
            following = row;
            break;
          }
          if (row.length !== table.columns.length) throw invalid(file, `line ${number} has the wrong number of values`);
          batch.push(row);
          rows += 1;
          if (batch.length === ROW_BATCH) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      }
      yield { table: table.table, columns: table.columns, batches: batches() };
      if (following === undefined) throw invalid(file, `table ${table.table} was not read to the end`);
      line = following;
    }
  } finally {
    input.close();
  }
}
