/**
 * Use case: send one week's digest. The week is claimed in the database first, so of several
 * instances on one PostgreSQL exactly one sends it; every mail is recorded before it goes out, so
 * an instance taking over a claim whose holder died skips whoever was already mailed. People with
 * nothing to do get nothing; deactivated and erased people, accounts never signed up and those who
 * opted out are not recipients at all.
 */

import { digestMail } from "../../mail/digest-mail.js";
import type { Mailer } from "../../mail/mailer.js";
import {
  claimDigestWeek,
  digestRecipients,
  finishDigestWeek,
  forgetDigestDelivery,
  mailedInWeek,
  recordDigestDelivery,
  renewDigestLease,
} from "../../store/repositories/digest.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { actorFor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { composeDigest, digestLinks } from "./compose-digest.js";

/** Which week, as whom, and where links point. */
export interface DigestRunOptions {
  /** The week's key: its scheduled instant (digest-schedule.ts). */
  readonly week: string;
  /** This process's id in claims. */
  readonly instance: string;
  /** ASCENT_PUBLIC_URL. */
  readonly publicUrl: string;
  /** How long a claim holds without renewal (default 15 minutes); renewed as mails go out. */
  readonly leaseMs?: number;
  /** Told about refused mails (by account id; never addresses or content). */
  readonly onMailError?: (accountId: string, error: unknown) => void;
}

/** What a run did. */
export interface DigestRunResult {
  /** False when another instance holds (or finished) the week: this run sent nothing. */
  readonly claimed: boolean;
  readonly sent: number;
  /** Recipients with nothing to do this week. */
  readonly empty: number;
  /** Mails the server refused; the week stays open so a later run retries them. */
  readonly failed: number;
}

const DEFAULT_LEASE_MS = 15 * 60_000;

/** Sends `week`'s digest if this instance wins the claim. */
export async function sendWeeklyDigest(
  ctx: AppContext,
  mailer: Mailer,
  options: DigestRunOptions,
): Promise<DigestRunResult> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const leaseFrom = (at: string) => new Date(Date.parse(at) + leaseMs).toISOString();
  const { week, instance } = options;
  if (!(await claimDigestWeek(ctx.db, week, instance, ctx.now(), leaseFrom(ctx.now())))) {
    return { claimed: false, sent: 0, empty: 0, failed: 0 };
  }
  const [recipients, mailed, framework] = await Promise.all([
    digestRecipients(ctx.db),
    mailedInWeek(ctx.db, week),
    activeFramework(ctx.db),
  ]);
  const links = digestLinks(options.publicUrl);
  let sent = 0;
  let empty = 0;
  let failed = 0;
  for (const recipient of recipients) {
    if (mailed.has(recipient.accountId)) continue;
    // Keep the claim alive; if another instance took the week over meanwhile, leave the rest to it.
    if (!(await renewDigestLease(ctx.db, week, instance, leaseFrom(ctx.now())))) {
      return { claimed: true, sent, empty, failed };
    }
    // A fresh actor per recipient: relationships are loaded per actor and never shared.
    const actor = actorFor(recipient.personId, {
      accountId: recipient.accountId,
      roles: recipient.roles,
    });
    const digest = await composeDigest(ctx, actor, framework, options.publicUrl);
    if (digest.count === 0) {
      empty += 1;
      continue;
    }
    const recorded = await recordDigestDelivery(ctx.db, {
      week,
      accountId: recipient.accountId,
      sentAt: ctx.now(),
      nudges: digest.count,
    });
    if (!recorded) continue;
    try {
      await mailer.send(digestMail(recipient.email, recipient.name, digest, links));
      sent += 1;
    } catch (error) {
      failed += 1;
      await forgetDigestDelivery(ctx.db, week, recipient.accountId);
      options.onMailError?.(recipient.accountId, error);
    }
  }
  if (failed === 0) await finishDigestWeek(ctx.db, week, instance, ctx.now(), sent);
  // With refusals, the claim is let go at once: the next check (here or elsewhere) retries the rest.
  else await renewDigestLease(ctx.db, week, instance, ctx.now());
  return { claimed: true, sent, empty, failed };
}
