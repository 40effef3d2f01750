/**
 * Use case: an admin imports an org-chart CSV from the web app, all or nothing, and may invite the
 * people it added. The import itself is the shared one (import/, also behind `ascent import`);
 * this adds what the web asks for around it: invitations for the new people, up to a limit.
 */

import { commitOrgChartImport, type OrgChartColumnMapping, type OrgChartImportResult } from "../../import/index.js";
import { emailsOfPeople } from "../../store/queries/person-lookups.queries.js";
import { actorFor } from "../access/actor.js";
import { AppError, AppErrorCode } from "../errors/app-error.js";
import type { Principal } from "../identity/accounts/principal.js";
import type { AuthContext } from "../identity/auth-context.js";
import { createInvitation } from "../identity/invitations/create-invitation.service.js";
import type { CreatedInvitation } from "../identity/invitations/invitation.js";

/** At most this many invitations are made by one import (more: invite from the admin page or the CLI). */
export const MAX_IMPORT_INVITATIONS = 500;

/** Input of importOrgChart: the file, how its columns map, and whether to invite who it adds. */
export interface ImportOrgChartInput {
  readonly csv: Uint8Array;
  readonly columns: OrgChartColumnMapping;
  readonly invite: boolean;
}

/** What the import wrote, and the invitations it made (with how many added people were not invited). */
export type ImportOrgChartResult = OrgChartImportResult & {
  readonly invitations: CreatedInvitation[];
  readonly invitationsSkipped: number;
};

/** Commits the import (admin; 404 for anyone else, 400 naming line and column for a bad file); then invites. */
export async function importOrgChart(
  ctx: AuthContext,
  principal: Principal,
  input: ImportOrgChartInput,
): Promise<ImportOrgChartResult> {
  // Every id the commit makes; the people among them are the ones it added.
  const newIds: string[] = [];
  const result = await commitOrgChartImport(ctx.db, input.csv, {
    actor: actorFor(principal.personId, principal),
    columns: input.columns,
    now: ctx.now,
    newId: () => {
      const id = ctx.newId();
      newIds.push(id);
      return id;
    },
  });
  const added = result.written.peopleCreated;
  const invitations = input.invite && added > 0 ? await inviteAdded(ctx, principal, newIds) : [];
  return { ...result, invitations, invitationsSkipped: added - invitations.length };
}

/** Invites the people the import just added (by the ids it made, in email order), up to the limit. */
async function inviteAdded(
  ctx: AuthContext,
  principal: Principal,
  newIds: readonly string[],
): Promise<CreatedInvitation[]> {
  const invited: CreatedInvitation[] = [];
  for (let i = 0; i < newIds.length && invited.length < MAX_IMPORT_INVITATIONS; i += 500) {
    const people = await emailsOfPeople(ctx.db, newIds.slice(i, i + 500));
    for (const person of people) {
      if (invited.length >= MAX_IMPORT_INVITATIONS) break;
      if (!person.email) continue;
      try {
        invited.push(await createInvitation(ctx, principal, { email: person.email, personId: person.id }));
      } catch (error) {
        // An account already uses this email: the import stands; this one is invited by hand.
        if (!(error instanceof AppError && error.code === AppErrorCode.Conflict)) throw error;
      }
    }
  }
  return invited;
}
