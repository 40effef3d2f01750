/** A test AppContext: a clock that moves only when told, and readable sequential ids. */
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema/database.js";
import type { AppContext } from "../context/app-context.js";

/** An AppContext whose clock starts at `start` and advances by `tick()`. */
export interface TestContext extends AppContext {
  /** Moves the clock forward by `days` (default 1). */
  tick(days?: number): void;
  /** Sets the clock. */
  setNow(iso: string): void;
}

/** A deterministic context over `db`. */
export function testContext(db: Kysely<Database>, start = "2026-06-01T09:00:00.000Z"): TestContext {
  let now = Date.parse(start);
  let next = 0;
  return {
    db,
    now: () => new Date(now).toISOString(),
    newId: () => `id-${String(++next).padStart(5, "0")}`,
    tick(days = 1) {
      now += days * 86_400_000;
    },
    setNow(iso) {
      now = Date.parse(iso);
    },
  };
}
