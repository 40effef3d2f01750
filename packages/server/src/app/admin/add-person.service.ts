/**
 * Use case: an admin adds a person, optionally inviting them (`POST /api/v1/people` with `invite`).
 * The person and the invitation commit together; the mail goes out only once both are stored, and
 * only when a mailer is configured (otherwise the admin copies the link).
 */
import { invitationMail } from "../../mail/account-mail.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import type { Principal } from "../identity/accounts/principal.js";
import type { AuthContext } from "../identity/auth-context.js";
import { createInvitation } from "../identity/invitations/create-invitation.service.js";
import type { CreatedInvitation } from "../identity/invitations/invitation.js";
import { type CreatePersonInput, createPerson } from "./create-person.service.js";
import type { AdminPersonRecord } from "./person-record.js";

/** The person added, and their invitation when one was asked for (`mailed` says whether it was sent). */
export interface AddedPerson {
  readonly person: AdminPersonRecord;
  readonly invitation: (CreatedInvitation & { readonly mailed: boolean }) | null;
}

/** Adds the person described by `fields`; with `invite`, invites them to an account too. */
export async function addPerson(
  ctx: AuthContext,
  principal: Principal,
  actor: Actor,
  input: CreatePersonInput & { readonly invite?: boolean | undefined },
): Promise<AddedPerson> {
  const { invite, ...fields } = input;
  const { person, invitation } = await inTransaction(ctx.db, async (db) => {
    const created = await createPerson({ ...ctx, db }, actor, fields);
    const invited = invite
      ? await createInvitation({ ...ctx, db, mailer: undefined }, principal, {
          email: created.person.email,
          personId: created.person.id,
        })
      : null;
    return { person: created.person, invitation: invited };
  });
  let mailed = false;
  if (invitation && ctx.mailer) {
    await ctx.mailer.send(invitationMail(invitation.email, invitation.link, invitation.expiresAt, principal.name));
    mailed = true;
  }
  return { person, invitation: invitation && { ...invitation, mailed } };
}
