/** Opens a session for an account (sign-in, setup, an accepted invitation). */
import { insertSession } from "../../../store/repositories/session.repository.js";
import type { Db } from "../../../store/repositories/store.types.js";
import type { AppContext } from "../../context/app-context.js";
import { isoPlus } from "../auth-context.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";
import { SESSION_IDLE_MS } from "./session-lifetime.js";

/** A new session for the account; returns the token for the cookie (shown once, never stored). */
export async function createSession(
  ctx: Pick<AppContext, "now">,
  db: Db,
  accountId: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecretToken();
  const now = ctx.now();
  const expiresAt = isoPlus(now, SESSION_IDLE_MS);
  await insertSession(db, { id: hashToken(token), accountId, createdAt: now, expiresAt, lastSeenAt: now });
  return { token, expiresAt };
}
