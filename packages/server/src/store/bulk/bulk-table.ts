/** How bulk statements see a table: its name and columns, each with its PostgreSQL type (for `unnest` casts). */

/** A PostgreSQL type an `unnest` array is cast to. */
export type BulkColumnType = "text" | "integer" | "double precision";

/** One column: its name and type. */
export type BulkColumn = readonly [name: string, pgType: BulkColumnType];

/** A table written in bulk: values are passed as arrays in `columns` order. */
export interface BulkTable {
  readonly name: string;
  readonly columns: readonly BulkColumn[];
}
