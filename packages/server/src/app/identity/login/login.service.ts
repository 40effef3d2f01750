/**
 * Email + password login with backoff. Failures are counted per email and per client address in
 * the shared `rate_limit` table; a blocked key is refused before the password is even checked,
 * so a blocked attacker cannot keep guessing.
 */
import {
  findAccountCredentials,
  findActiveAccount,
  recordSignIn,
} from "../../../store/repositories/account.repository.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode } from "../../errors/app-error.js";
import { type AuthContext, normaliseEmail } from "../auth-context.js";
import { assertNotBlocked, clearFailures, type RateLimitPolicy, recordFailure } from "../rate-limit/rate-limiter.js";
import { createSession } from "../sessions/create-session.service.js";

/** Per email: 5 failures in 15 minutes, then 30 s, 1 min, 2 min… up to 15 min. */
export const LOGIN_EMAIL_POLICY: RateLimitPolicy = {
  limit: 5,
  windowMs: 15 * 60_000,
  baseBlockMs: 30_000,
  maxBlockMs: 15 * 60_000,
};

/** Per client address: looser, since an office shares one address. */
export const LOGIN_IP_POLICY: RateLimitPolicy = {
  limit: 50,
  windowMs: 15 * 60_000,
  baseBlockMs: 30_000,
  maxBlockMs: 15 * 60_000,
};

// A real argon2id hash of a random password: verifying against it makes an unknown email cost
// the same time as a wrong password, so response times do not reveal who has an account.
let decoyHash: Promise<string> | undefined;

/** What the login form sends. */
export interface LoginInput {
  readonly email: string;
  readonly password: string;
  /** The client's address, for the per-address counter. */
  readonly ip: string;
}

/** A new session: the token for the cookie. */
export interface LoginResult {
  readonly token: string;
  readonly expiresAt: string;
  readonly accountId: string;
}

function wrongCredentials(): AppError {
  return new AppError(AppErrorCode.Unauthenticated, "Wrong email or password");
}

/** Checks the password and opens a session; unauthenticated when wrong, rate_limited when blocked. */
export async function login(ctx: AuthContext, input: LoginInput): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const keys = { email: `login:email:${email}`, ip: `login:ip:${input.ip}` };
  await assertNotBlocked(ctx.db, [keys.email, keys.ip], ctx.now());
  const account = await findAccountCredentials(ctx.db, email);
  decoyHash ??= ctx.hasher.hash(`decoy-${ctx.newId()}`);
  const passwordOk = account?.passwordHash
    ? await ctx.hasher.verify(account.passwordHash, input.password)
    : (await ctx.hasher.verify(await decoyHash, input.password)) && false;
  const person = passwordOk && account ? await findActiveAccount(ctx.db, account.id) : undefined;
  if (!account || !person) {
    const now = ctx.now();
    await recordFailure(ctx.db, keys.email, now, LOGIN_EMAIL_POLICY);
    await recordFailure(ctx.db, keys.ip, now, LOGIN_IP_POLICY);
    await audit(ctx, ctx.db, {
      actorId: null,
      action: "login.failed",
      targetKind: "account",
      targetId: account?.id ?? null,
      details: { email, ip: input.ip },
    });
    throw wrongCredentials();
  }
  await clearFailures(ctx.db, keys.email);
  const now = ctx.now();
  const session = await createSession(ctx, ctx.db, account.id);
  await recordSignIn(ctx.db, account.id, now);
  await audit(ctx, ctx.db, {
    actorId: account.id,
    action: "login.succeeded",
    targetKind: "account",
    targetId: account.id,
    details: { ip: input.ip },
  });
  return { ...session, accountId: account.id };
}
