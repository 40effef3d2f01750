/**
 * Faults of the storage under the database — a full disk, a read-only file system or database, a
 * database that stopped answering — are the server's problem, not the caller's input: they answer
 * 503 in the one error shape with a message a user can act on ("nothing was saved"), never a bare
 * 500 and never a crash. Recognised by the engines' own codes: better-sqlite3's `SQLITE_*`,
 * PostgreSQL's SQLSTATE, Node's system errors. Both engines roll the failed transaction back, so
 * nothing is half-written; writes succeed again as soon as the operator fixes the storage.
 */
import { HttpErrorCode } from "./http-error.js";

/** The answer a storage fault gets. */
export interface StorageFault {
  readonly code: HttpErrorCode;
  readonly message: string;
}

const FULL: StorageFault = {
  code: HttpErrorCode.StorageFull,
  message: "The server's disk is full, so nothing was saved; try again once an administrator has freed space",
};

const READ_ONLY: StorageFault = {
  code: HttpErrorCode.StorageReadOnly,
  message: "The server's database is read-only just now, so nothing was saved; reading still works",
};

const UNAVAILABLE: StorageFault = {
  code: HttpErrorCode.DatabaseUnavailable,
  message: "The server cannot reach its database just now, so nothing was saved; try again shortly",
};

/** Codes (exact) and their fault. */
const BY_CODE: Readonly<Record<string, StorageFault>> = {
  // SQLite: the disk (or the file-size limit) is full.
  SQLITE_FULL: FULL,
  // PostgreSQL 53100 disk_full; a Node write on a full disk.
  "53100": FULL,
  ENOSPC: FULL,
  // PostgreSQL 25006 read_only_sql_transaction: a standby, or default_transaction_read_only.
  "25006": READ_ONLY,
  EROFS: READ_ONLY,
  // PostgreSQL: shutting down or starting up, too many connections, out of resources.
  "57P01": UNAVAILABLE,
  "57P02": UNAVAILABLE,
  "57P03": UNAVAILABLE,
  "53000": UNAVAILABLE,
  "53200": UNAVAILABLE,
  "53300": UNAVAILABLE,
  // The connection to PostgreSQL is gone or cannot be made.
  ECONNREFUSED: UNAVAILABLE,
  ECONNRESET: UNAVAILABLE,
  ETIMEDOUT: UNAVAILABLE,
  EPIPE: UNAVAILABLE,
  EHOSTUNREACH: UNAVAILABLE,
  ENETUNREACH: UNAVAILABLE,
  // SQLite: still locked after the 5 s busy timeout, or the file cannot be opened any more.
  SQLITE_BUSY: UNAVAILABLE,
  SQLITE_CANTOPEN: UNAVAILABLE,
};

/** The fault a code stands for; SQLite's extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE…) by prefix. */
function faultOfCode(code: string): StorageFault | undefined {
  const exact = BY_CODE[code];
  if (exact) return exact;
  if (code.startsWith("SQLITE_READONLY")) return READ_ONLY;
  if (code.startsWith("SQLITE_FULL")) return FULL;
  if (code.startsWith("SQLITE_IOERR")) return UNAVAILABLE;
  // PostgreSQL class 08: connection exceptions.
  if (/^08[0-9A-Z]{3}$/.test(code)) return UNAVAILABLE;
  return undefined;
}

/** pg's own wording when the socket closes under a query (it carries no code). */
const CONNECTION_LOST = /Connection terminated|connection is closed|Client has encountered a connection error/i;

/**
 * The storage fault behind `error` (or one of its causes), or null when it is something else — a
 * bug, which stays a 500.
 */
export function storageFaultOf(error: unknown): StorageFault | null {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const fault = typeof code === "string" ? faultOfCode(code) : undefined;
    if (fault) return fault;
    if (current instanceof Error && CONNECTION_LOST.test(current.message)) return UNAVAILABLE;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
