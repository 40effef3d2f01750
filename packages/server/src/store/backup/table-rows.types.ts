/** Rows of many tables as a stream: what a backup reads and a restore writes, whatever the source. */
import type { TableInfo } from "./table-catalog.js";

/** A table's rows in batches, values in `columns` order. */
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly batches: AsyncIterable<unknown[][]>;
}

/** Tables in reference order, each with its rows. */
export interface TableStream {
  readonly migrations: readonly string[];
  readonly tables: AsyncIterable<TableRows>;
}

/** Rows fetched per round trip or per insert batch: large enough to amortise, small enough to stream. */
export const ROW_BATCH = 2000;

/** Only the catalogue entries a row stream needs. */
export type TableShape = Pick<TableInfo, "name" | "columns">;
