/**
 * Loading a whole organisation into an empty database in one transaction, with batched inserts
 * in foreign-key order, then rebuilding the read models. Demo loading and import both end here.
 */
import type { Framework } from "@ascent/core";
import { StoreError } from "../errors/store-error.js";
import { rebuildReadModels } from "../read-models/rebuild-read-models.js";
import { insertCheckIns } from "../repositories/check-in.repository.js";
import { toIsoText } from "../repositories/column-codec.js";
import { insertEvidence } from "../repositories/evidence.repository.js";
import { insertFrameworkVersions } from "../repositories/framework-version.repository.js";
import { insertGroupLeads, insertGroupsWithoutLeads } from "../repositories/group.repository.js";
import { insertPlans } from "../repositories/growth-plan.repository.js";
import { inTransaction } from "../repositories/in-transaction.js";
import { insertInBatches } from "../repositories/insert-in-batches.js";
import { insertMentorships } from "../repositories/mentorship.repository.js";
import { insertMoments } from "../repositories/moment.repository.js";
import { insertOrganisation } from "../repositories/organisation.repository.js";
import { insertPeople } from "../repositories/person.repository.js";
import { insertPrivateNotes } from "../repositories/private-note.repository.js";
import { insertShareSettings } from "../repositories/share-setting.repository.js";
import type { Db } from "../repositories/store.types.js";
import { insertTeamLeads, insertTeamsWithoutLeads } from "../repositories/team.repository.js";
import type { OrganisationDocument } from "./organisation-document.types.js";

/** True when the database holds no organisation and no people. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [organisation, person] = await Promise.all([
    db.selectFrom("organisation").select("id").limit(1).executeTakeFirst(),
    db.selectFrom("person").select("id").limit(1).executeTakeFirst(),
  ]);
  return organisation === undefined && person === undefined;
}

/**
 * Writes every record of `document` into an empty database, all or nothing; `framework` is the
 * parsed active framework the read models are computed against.
 */
export async function loadOrganisation(db: Db, document: OrganisationDocument, framework: Framework): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await isEmptyDatabase(trx))) {
      throw new StoreError("invalid_import", "the database already holds an organisation: load into an empty one", {});
    }
    await insertOrganisation(trx, document.organisation);
    await insertFrameworkVersions(trx, document.frameworkVersions);
    await insertOrganisationContent(trx, document);
    await rebuildReadModels(trx, framework);
  });
}

/**
 * Inserts everything of `document` below the organisation and its framework versions — groups,
 * teams, people, … accounts — in foreign-key order. The caller owns the transaction and rebuilds
 * the read models afterwards.
 */
export async function insertOrganisationContent(trx: Db, document: OrganisationDocument): Promise<void> {
  await insertGroupsWithoutLeads(trx, document.groups);
  await insertTeamsWithoutLeads(trx, document.teams);
  await insertPeople(trx, document.people);
  await insertTeamLeads(trx, document.teams);
  await insertGroupLeads(trx, document.groups);
  await insertMentorships(trx, document.mentorships);
  await insertEvidence(trx, document.evidence);
  // A correction references the check-in it supersedes, so originals go first.
  const corrections = document.checkIns.filter((c) => c.supersedes !== undefined);
  await insertCheckIns(
    trx,
    document.checkIns.filter((c) => c.supersedes === undefined),
  );
  await insertCheckIns(trx, corrections);
  await insertPlans(trx, document.plans);
  await insertMoments(trx, document.moments);
  await insertShareSettings(trx, document.shareSettings);
  await insertPrivateNotes(trx, document.privateNotes);
  await insertInBatches(
    trx,
    "account",
    document.accounts.map((a) => ({
      id: a.id,
      person_id: a.personId,
      email: a.email,
      // Accounts come back without passwords: their owners are re-invited.
      password_hash: null,
      created_at: toIsoText(a.createdAt),
      last_login_at: null,
    })),
  );
}
