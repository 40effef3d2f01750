/** Where the database lives: the embedded SQLite file under a data folder, or a PostgreSQL URL. */
export type DatabaseConfig =
  | { readonly dataDir: string; readonly url?: undefined; readonly retry?: RetryOptions }
  | { readonly url: string; readonly dataDir?: string; readonly retry?: RetryOptions; readonly poolSize?: number };

/** How hard to try reaching a database before giving up; injectable so tests do not wait. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly attempts?: number;
  /** Wait after the first failure; doubles after each further failure. */
  readonly initialDelayMs?: number;
  /** The longest single wait. */
  readonly maxDelayMs?: number;
  /** Replaced by tests to skip real waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Replaced by tests to control the elapsed time reported. */
  readonly now?: () => number;
}

/** The dialects Ascent runs on. */
export type DialectName = "sqlite" | "postgres";

/** Defaults: 8 attempts, 250 ms doubling to at most 5 s — about 18 s before giving up. */
export const DEFAULT_RETRY: Required<Omit<RetryOptions, "sleep" | "now">> = {
  attempts: 8,
  initialDelayMs: 250,
  maxDelayMs: 5000,
};

/** The file name of the embedded database inside the data folder. */
export const SQLITE_FILE_NAME = "ascent.db";
