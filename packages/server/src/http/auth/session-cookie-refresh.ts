/**
 * Sliding session cookies. The server slides a session's expiry when it is used (at most every
 * few minutes, session.service.ts); the browser must slide the cookie's Max-Age with it, or a
 * session used every day would still lose its cookie SESSION_IDLE_MS after sign-in. So the cookies
 * are set again, with a fresh Max-Age, on a request at most every COOKIE_REFRESH_EVERY_MS per
 * session: a session used regularly stays alive, an idle one expires in the browser and on the
 * server alike. Remembered per instance and in memory only; another instance (or a restart)
 * simply refreshes once more.
 */

/** The same cadence as the server-side touch of the session's expiry. */
export const COOKIE_REFRESH_EVERY_MS = 5 * 60 * 1000;
/** Sessions remembered at most (the oldest is forgotten first, and then just refreshed again). */
const MAX_SESSIONS = 10_000;

/** When this instance last set each session's cookies. */
export class SessionCookieRefresh {
  readonly #setAt = new Map<string, number>();

  /** `now`: the app clock, in ms since the epoch. */
  constructor(private readonly now: () => number) {}

  /** True when the session's cookies should be set again on this request. */
  due(sessionId: string): boolean {
    const at = this.#setAt.get(sessionId);
    if (at === undefined) return true;
    const age = this.now() - at;
    return age < 0 || age >= COOKIE_REFRESH_EVERY_MS;
  }

  /** The session's cookies were just set (signed in, or refreshed). */
  noteSet(sessionId: string): void {
    this.#setAt.delete(sessionId);
    if (this.#setAt.size >= MAX_SESSIONS) {
      const oldest = this.#setAt.keys().next();
      if (!oldest.done) this.#setAt.delete(oldest.value);
    }
    this.#setAt.set(sessionId, this.now());
  }
}
