/**
 * A query queue for serving one PGlite to several socket connections safely.
 *
 * Why not the queue inside @electric-sql/pglite-socket: it interleaves *messages*, so two clients
 * using the extended protocol (Parse/Bind/Execute/Sync — what `pg` sends for every parameterised
 * query) overwrite each other's unnamed statement ("bind message supplies 2 parameters, but
 * prepared statement "" requires 1"; measured with pglite-socket 0.2.17). This queue hands the
 * single PGlite backend to one connection at a time, from its first message until PGlite answers
 * ReadyForQuery with status idle — so a whole extended-protocol cycle, or a whole transaction, runs
 * uninterrupted. PGlite also has one session for everyone, so the queue restores each
 * connection's `search_path` (from its startup `options`) whenever the backend changes hands.
 */
import type { PGlite } from "@electric-sql/pglite";

interface Job {
  readonly handlerId: number;
  readonly message: Uint8Array;
  readonly onData: (data: Uint8Array) => void;
  readonly resolve: (bytes: number) => void;
  readonly reject: (error: unknown) => void;
}

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const PROTOCOL_3 = 196608;

/** Serialises whole protocol cycles of many connections onto one PGlite (see the file comment). */
export class PgliteQueryQueue {
  readonly #db: PGlite;
  #jobs: Job[] = [];
  #owner: number | null = null;
  #lastSearchPathOf: number | null = null;
  readonly #searchPaths = new Map<number, string>();
  #draining = false;

  constructor(db: PGlite) {
    this.#db = db;
  }

  /** Queues one protocol message of a connection; resolves with the number of bytes answered. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#jobs.push({ handlerId, message, onData, resolve, reject });
      void this.#drain();
    });
  }

  /** Messages waiting (the socket server's stats ask for it). */
  getQueueLength(): number {
    return this.#jobs.length;
  }

  /** Drops the queued messages of a connection that went away. */
  clearQueueForHandler(handlerId: number): void {
    for (const job of this.#jobs) if (job.handlerId === handlerId) job.reject(new Error("connection closed"));
    this.#jobs = this.#jobs.filter((job) => job.handlerId !== handlerId);
    this.#searchPaths.delete(handlerId);
  }

  /** Rolls back what a connection that went away left open, and frees the backend for the others. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.#owner !== handlerId) return;
    if (this.#db.isInTransaction()) await this.#db.exec("ROLLBACK");
    this.#owner = null;
    void this.#drain();
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (;;) {
        const index = this.#owner === null ? 0 : this.#jobs.findIndex((job) => job.handlerId === this.#owner);
        const job = index < 0 ? undefined : this.#jobs.splice(index, 1)[0];
        if (job === undefined) break;
        await this.#run(job);
      }
    } finally {
      this.#draining = false;
    }
  }

  async #run(job: Job): Promise<void> {
    const startupPath = searchPathOfStartup(job.message);
    if (startupPath) this.#searchPaths.set(job.handlerId, startupPath);
    let tail: Uint8Array = new Uint8Array(0);
    let bytes = 0;
    try {
      if (this.#owner === null && this.#lastSearchPathOf !== job.handlerId) {
        // exec takes PGlite's lock itself, so it runs before (not inside) runExclusive.
        await this.#db.exec(`SET search_path TO ${this.#searchPaths.get(job.handlerId) ?? '"$user", public'}`);
        this.#lastSearchPathOf = job.handlerId;
      }
      this.#owner = job.handlerId;
      await this.#db.runExclusive(() =>
        this.#db.execProtocolRawStream(job.message, {
          onRawData: (data) => {
            bytes += data.length;
            tail = lastBytes(tail, data, 6);
            job.onData(data);
          },
        }),
      );
    } catch (error) {
      this.#owner = null;
      job.reject(error);
      return;
    }
    if (tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[5] === IDLE) this.#owner = null;
    job.resolve(bytes);
  }
}

/** The last `n` bytes of `previous` followed by `next`. */
function lastBytes(previous: Uint8Array, next: Uint8Array, n: number): Uint8Array {
  if (next.length >= n) return next.slice(next.length - n);
  const joined = new Uint8Array(previous.length + next.length);
  joined.set(previous);
  joined.set(next, previous.length);
  return joined.slice(Math.max(0, joined.length - n));
}

/** The `search_path` a startup message asks for through `options=-c search_path=…`; null when none. */
export function searchPathOfStartup(message: Uint8Array): string | null {
  if (message.length < 8) return null;
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  if (view.getInt32(4) !== PROTOCOL_3) return null;
  const fields = new TextDecoder().decode(message.subarray(8)).split("\0");
  const at = fields.indexOf("options");
  const options = at >= 0 ? (fields[at + 1] ?? "") : "";
  // Only plain schema lists: the value is spliced into a SET statement.
  const match = /-c\s*search_path=([\w$,]+)/.exec(options);
  return match?.[1] ?? null;
}
