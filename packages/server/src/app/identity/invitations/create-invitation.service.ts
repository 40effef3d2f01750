/** An admin invites someone (a person of the org chart, or a new one by name). */
import type { Person } from "@ascent/core";
import { invitationMail } from "../../../mail/account-mail.js";
import { withDashboardCounts } from "../../../store/read-models/dashboard-counts.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { insertInvitation } from "../../../store/repositories/invitation.repository.js";
import { findPerson, insertPeople } from "../../../store/repositories/person.repository.js";
import { accountOfPerson, accountWithEmail } from "../../../store/repositories/person-account.repository.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode, notFound, validationFailed } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import { type AuthContext, isoPlus, normaliseEmail } from "../auth-context.js";
import { oneTimeLink } from "../tokens/one-time-link.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";
import { type CreatedInvitation, INVITATION_TTL_MS, type InviteInput } from "./invitation.js";

/** Creates an invitation (admins only; others get not_found, as for any route they cannot see). */
export async function createInvitation(
  ctx: AuthContext,
  principal: Principal,
  input: InviteInput,
): Promise<CreatedInvitation> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "invitation");
  const email = normaliseEmail(input.email);
  const now = ctx.now();
  const token = newSecretToken();
  const id = ctx.newId();
  const expiresAt = isoPlus(now, INVITATION_TTL_MS);
  const personId = await inTransaction(ctx.db, async (trx) => {
    if (await accountWithEmail(trx, email)) {
      throw new AppError(AppErrorCode.Conflict, "An account with this email already exists");
    }
    let personId = input.personId;
    if (personId) {
      const person = await findPerson(trx, personId);
      if (person?.value.status !== "active") throw notFound("person");
      if (await accountOfPerson(trx, personId))
        throw new AppError(AppErrorCode.Conflict, "This person already has an account");
    } else {
      const name = input.name?.trim();
      if (!name) throw validationFailed([{ field: "name", reason: "is required when personId is not given" }]);
      const newPersonId = ctx.newId();
      personId = newPersonId;
      // Counted as not yet assessed in the dashboard aggregates.
      const invited: Person = {
        id: newPersonId,
        name,
        email,
        teamId: null,
        title: "",
        status: "active",
        roles: [],
        joinedAt: now,
        stayingByChoice: null,
      };
      await withDashboardCounts(trx, [newPersonId], () => insertPeople(trx, [invited]));
    }
    await insertInvitation(trx, {
      id,
      email,
      personId,
      tokenHash: hashToken(token),
      invitedBy: principal.accountId,
      createdAt: now,
      expiresAt,
    });
    await audit(ctx, trx, {
      actorId: principal.accountId,
      action: "invitation.created",
      targetKind: "invitation",
      targetId: id,
      details: { email, personId },
    });
    return personId;
  });
  const link = oneTimeLink(ctx.publicUrl, "/invitation", token);
  let mailed = false;
  if (ctx.mailer) {
    await ctx.mailer.send(invitationMail(email, link, expiresAt, principal.name));
    mailed = true;
  }
  return { id, email, personId, link, expiresAt, mailed };
}
