/**
 * Someone asks for a reset of their email. The answer never says whether the address has an
 * account; requests are limited per email so nobody can flood a mailbox.
 */
import { accountWithEmail } from "../../../store/repositories/person-account.repository.js";
import { type AuthContext, normaliseEmail } from "../auth-context.js";
import { assertNotBlocked, type RateLimitPolicy, recordFailure } from "../rate-limit/rate-limiter.js";
import { issueReset } from "./issue-password-reset.js";

/** Self-service requests per email: 3 an hour, so nobody can flood a mailbox. */
const REQUEST_POLICY: RateLimitPolicy = {
  limit: 3,
  windowMs: 60 * 60_000,
  baseBlockMs: 60 * 60_000,
  maxBlockMs: 60 * 60_000,
};

/** Someone asks for a reset of `email`: mailed when the account exists and SMTP is set; silent otherwise. */
export async function requestPasswordReset(ctx: AuthContext, rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const key = `reset:email:${email}`;
  await assertNotBlocked(ctx.db, [key], ctx.now());
  await recordFailure(ctx.db, key, ctx.now(), REQUEST_POLICY);
  // Without a mailer nobody could receive the link: creating one would only add a live secret.
  if (!ctx.mailer) return;
  const account = await accountWithEmail(ctx.db, email);
  if (!account) return;
  await issueReset(ctx, account.id, email, null);
}
