/**
 * First-run setup: the first account becomes the admin, with their person. Only ever once.
 */
import type { Person } from "@ascent/core";
import { withDashboardCounts } from "../../../store/read-models/dashboard-counts.js";
import { insertAccount } from "../../../store/repositories/account.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { findOrganisation, insertOrganisation } from "../../../store/repositories/organisation.repository.js";
import { insertPeople } from "../../../store/repositories/person.repository.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode, validationFailed } from "../../errors/app-error.js";
import { type AuthContext, normaliseEmail } from "../auth-context.js";
import { passwordIssue } from "../passwords/password-policy.js";
import { isSetupDone } from "./is-setup-done.service.js";

/** The audit entry's fixed id: its primary key makes a second setup fail even when two race. */
const SETUP_AUDIT_ID = "setup";

/** What the first admin types. */
export interface SetupInput {
  readonly name: string;
  readonly email: string;
  readonly password: string;
  /** The organisation's name; "Our organisation" when left out. */
  readonly organisationName?: string | undefined;
}

/** The admin created. */
export interface SetupResult {
  readonly accountId: string;
  readonly personId: string;
}

function setupDone(): AppError {
  return new AppError(AppErrorCode.SetupDone, "Setup is already done: sign in, or ask an admin to invite you");
}

/** Creates the organisation (if missing), the admin person and their account; refuses with setup_done after the first time. */
export async function runSetup(ctx: AuthContext, input: SetupInput): Promise<SetupResult> {
  const issue = passwordIssue(input.password);
  if (issue) throw validationFailed([issue]);
  if (await isSetupDone(ctx)) throw setupDone();
  const passwordHash = await ctx.hasher.hash(input.password);
  const now = ctx.now();
  const email = normaliseEmail(input.email);
  const personId = ctx.newId();
  const accountId = ctx.newId();
  try {
    await inTransaction(ctx.db, async (trx) => {
      if (await isSetupDone({ db: trx })) throw setupDone();
      // Written first: a concurrent setup collides on this primary key and rolls back whole.
      await audit(ctx, trx, {
        id: SETUP_AUDIT_ID,
        actorId: accountId,
        action: "setup.completed",
        targetKind: "account",
        targetId: accountId,
        details: { email },
      });
      if (!(await findOrganisation(trx))) {
        await insertOrganisation(trx, {
          id: ctx.newId(),
          name: input.organisationName?.trim() || "Our organisation",
          settings: {},
          createdAt: now,
        });
      }
      // Counted as not yet assessed in the dashboard aggregates.
      const admin: Person = {
        id: personId,
        name: input.name.trim(),
        email,
        teamId: null,
        title: "",
        status: "active",
        roles: ["admin"],
        joinedAt: now,
        stayingByChoice: null,
      };
      await withDashboardCounts(trx, [personId], () => insertPeople(trx, [admin]));
      await insertAccount(trx, { id: accountId, personId, email, passwordHash, createdAt: now, lastLoginAt: null });
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The setup row or the account already existed: someone finished setup in between.
    if (await isSetupDone(ctx)) throw setupDone();
    throw error;
  }
  return { accountId, personId };
}
