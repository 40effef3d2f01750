/**
 * Use cases: my weekly digest setting — read it, turn it on or off. A setting of the account
 * (on unless its owner turned it off); only its owner reads or changes it.
 */

import { setWeeklyDigest, wantsWeeklyDigest } from "../../store/repositories/digest.repository.js";
import { validationFailed } from "../errors/app-error.js";
import type { Principal } from "../identity/accounts/principal.js";
import type { AuthContext } from "../identity/auth-context.js";

/** The setting, and whether mail goes out at all (no ASCENT_SMTP_URL: no digest for anyone). */
export interface DigestSettings {
  readonly weeklyDigest: boolean;
  readonly mailConfigured: boolean;
}

/** My setting. */
export async function getDigestSettings(ctx: AuthContext, principal: Principal): Promise<DigestSettings> {
  return {
    weeklyDigest: await wantsWeeklyDigest(ctx.db, principal.accountId),
    mailConfigured: ctx.mailer !== undefined,
  };
}

/** Turns my weekly digest on or off. */
export async function setDigestSettings(
  ctx: AuthContext,
  principal: Principal,
  input: { readonly weeklyDigest?: unknown },
): Promise<DigestSettings> {
  if (typeof input.weeklyDigest !== "boolean") {
    throw validationFailed([{ field: "weeklyDigest", reason: "must be true or false" }]);
  }
  await setWeeklyDigest(ctx.db, principal.accountId, input.weeklyDigest, ctx.now());
  return getDigestSettings(ctx, principal);
}
