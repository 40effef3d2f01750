/**
 * Who holds SQLite's one connection, and who waits for it, in arrival order. A request's plain
 * query holds it only while the statement runs (better-sqlite3 is synchronous); a transaction
 * holds it from BEGIN to COMMIT, so nobody else's statement can slip into it.
 *
 * Kysely's own lock wakes every waiter whenever the connection is released and lets them race
 * for it again: under 50 concurrent requests that is quadratic work, and unfair. Here the
 * releaser hands the connection straight to the first waiter.
 */
export class ConnectionQueue {
  readonly #waiting: (() => void)[] = [];
  #held = false;

  /** Resolves once the caller holds the connection; callers are served first come, first served. */
  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Gives the connection to the next waiter, or frees it. Only the holder may call this. */
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }

  /** How many callers wait (for tests). */
  get waiting(): number {
    return this.#waiting.length;
  }
}
