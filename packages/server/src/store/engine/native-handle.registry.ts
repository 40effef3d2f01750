/**
 * Finds the engine's own handle behind a `Kysely` object, for the store's bulk writes (which run
 * prepared statements on better-sqlite3 directly). Services only ever hold a `Kysely`, or a
 * transaction opened from one: a transaction is a new object, but it shares its parent's dialect
 * adapter, so the adapter is the key that finds the handle from either.
 */
import type { Kysely } from "kysely";
import type { NativeHandle } from "./open-database.js";

const handles = new WeakMap<object, NativeHandle>();

// biome-ignore lint/suspicious/noExplicitAny: any database schema; only the executor is read.
type AnyKysely = Kysely<any>;

const keyOf = (db: AnyKysely): object => db.getExecutor().adapter;

/** Records that `db` (and every transaction opened from it) talks to `native`. */
export function rememberNativeHandle(db: AnyKysely, native: NativeHandle): void {
  handles.set(keyOf(db), native);
}

/** The handle behind `db`, or undefined for a `Kysely` that openDatabase did not open. */
export function nativeHandleOf(db: AnyKysely): NativeHandle | undefined {
  return handles.get(keyOf(db));
}
