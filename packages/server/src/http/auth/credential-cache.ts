/**
 * A short-lived, in-process cache of verified credentials (session cookies and API tokens → their
 * principal), so a client making many requests costs two database reads every couple of seconds
 * instead of two per request.
 *
 * Why it stays correct (see ../README.md, "Credential cache"):
 * - **On this instance, changes take effect at once.** Every write that reached a route handler
 *   (logout, password change or reset, role change, deactivation, erasure, token revocation — and
 *   anything else) empties the cache before its answer is sent (`flush`). The next request checks
 *   the database again.
 * - **A lookup that raced a write is not kept.** Each lookup notes the cache's generation when it
 *   starts; `flush` bumps it, and a result from an older generation is used for its own request
 *   but never stored.
 * - **Across instances, staleness is bounded.** An entry is trusted for `ttlMs` after the lookup
 *   that produced it began, by the monotonic clock and by the app's clock alike (whichever runs
 *   out first: tests move the app clock by days, production's never stands still). A change made
 *   by another instance or by the CLI is therefore seen within `ttlMs`.
 * - **Bounded memory.** At most `maxEntries`; the oldest entry goes first.
 *
 * Keys are the SHA-256 of the secret (as in the database), never the secret itself. Failed
 * lookups are not cached: a wrong or dead secret always reaches the database.
 */
import { performance } from "node:perf_hooks";
import type { Principal } from "../../app/identity/accounts/principal.js";
import { hashToken } from "../../app/identity/tokens/secret-token.js";

/** How long a verified credential is trusted without asking the database again. */
export const CREDENTIAL_CACHE_TTL_MS = 2_000;
/** How many verified credentials are kept at most. */
export const CREDENTIAL_CACHE_MAX_ENTRIES = 10_000;

/** Which kind of secret a key belongs to: a session cookie and a bearer token never share an entry. */
export type CredentialKind = "session" | "token";

interface Entry {
  readonly principal: Principal;
  /** performance.now() when the lookup began. */
  readonly monotonicAt: number;
  /** The app clock (ms) when the lookup began. */
  readonly appAt: number;
}

/** A lookup in progress: its key and the generation and instants it began at. */
export interface PendingLookup {
  readonly key: string;
  readonly generation: number;
  readonly monotonicAt: number;
  readonly appAt: number;
}

/** Options; tests shorten the TTL or the size. */
export interface CredentialCacheOptions {
  /** The app's clock, in ms since the epoch. */
  readonly now: () => number;
  /** 0 turns caching off. */
  readonly ttlMs?: number;
  readonly maxEntries?: number;
}

/** The cache of one server instance. */
export class CredentialCache {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  #generation = 0;

  constructor(options: CredentialCacheOptions) {
    this.#now = options.now;
    this.#ttlMs = options.ttlMs ?? CREDENTIAL_CACHE_TTL_MS;
    this.#maxEntries = options.maxEntries ?? CREDENTIAL_CACHE_MAX_ENTRIES;
  }

  /** The cache key of a secret. */
  keyOf(kind: CredentialKind, secret: string): string {
    return `${kind}:${hashToken(secret)}`;
  }

  /** The principal verified for `key` within the last `ttlMs`, if any. */
  get(key: string): Principal | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (!this.#fresh(entry)) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  /** Call before asking the database: remembers when and in which generation the lookup began. */
  begin(key: string): PendingLookup {
    return { key, generation: this.#generation, monotonicAt: performance.now(), appAt: this.#now() };
  }

  /** Keeps a verified principal, unless the cache was flushed since the lookup began. */
  store(lookup: PendingLookup, principal: Principal): void {
    if (this.#ttlMs <= 0 || lookup.generation !== this.#generation) return;
    const entry: Entry = { principal, monotonicAt: lookup.monotonicAt, appAt: lookup.appAt };
    if (!this.#fresh(entry)) return;
    this.#entries.delete(lookup.key);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(lookup.key, entry);
  }

  /** Forgets everything, and every lookup still under way: called after each write. */
  flush(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** How many entries are held (for tests). */
  get size(): number {
    return this.#entries.size;
  }

  #fresh(entry: Entry): boolean {
    const monotonicAge = performance.now() - entry.monotonicAt;
    const appAge = this.#now() - entry.appAt;
    return monotonicAge >= 0 && monotonicAge < this.#ttlMs && appAge >= 0 && appAge < this.#ttlMs;
  }
}
