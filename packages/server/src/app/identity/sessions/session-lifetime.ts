/** How long a session lasts: the cookie holds a random token, the `session` table only its SHA-256. */
/** A session ends after this long unused... */
export const SESSION_IDLE_MS = 14 * 24 * 60 * 60 * 1000;

/** ...and after this long in any case. */
export const SESSION_MAX_MS = 90 * 24 * 60 * 60 * 1000;
