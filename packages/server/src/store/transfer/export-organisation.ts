/** Exporting the whole organisation as one deterministic JSON document. */

import { StoreError } from "../errors/store-error.js";
import { listCheckInsOfAll } from "../repositories/check-in.repository.js";
import { listEvidence } from "../repositories/evidence.repository.js";
import { listFrameworkVersions } from "../repositories/framework-version.repository.js";
import { listGroups } from "../repositories/group.repository.js";
import { listPlans } from "../repositories/growth-plan.repository.js";
import { listMentorships } from "../repositories/mentorship.repository.js";
import { listMoments } from "../repositories/moment.repository.js";
import { findOrganisation } from "../repositories/organisation.repository.js";
import { listPeople } from "../repositories/person.repository.js";
import { listPrivateNotes } from "../repositories/private-note.repository.js";
import { listShareSettings } from "../repositories/share-setting.repository.js";
import type { Db } from "../repositories/store.types.js";
import { listTeams } from "../repositories/team.repository.js";
import { DOCUMENT_FORMAT, DOCUMENT_FORMAT_VERSION, type OrganisationDocument } from "./organisation-document.types.js";
import { byId, compareCodePoints, stableStringify } from "./stable-json.js";

/**
 * Reads the organisation in one repeatable-read transaction (a consistent snapshot on PostgreSQL;
 * SQLite's read transaction is one by nature) and returns it as a document.
 */
export async function readOrganisationDocument(db: Db): Promise<OrganisationDocument> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const organisation = await findOrganisation(trx);
      if (!organisation) throw new StoreError("not_found", "there is no organisation to export", {});
      const accounts = await trx.selectFrom("account").select(["id", "person_id", "email", "created_at"]).execute();
      const shareSettings = await listShareSettings(trx);
      return {
        format: DOCUMENT_FORMAT,
        formatVersion: DOCUMENT_FORMAT_VERSION,
        organisation: organisation.value,
        frameworkVersions: byId(await listFrameworkVersions(trx)),
        groups: byId(await listGroups(trx)),
        teams: byId(await listTeams(trx)),
        people: byId(await listPeople(trx)),
        mentorships: byId(await listMentorships(trx)),
        checkIns: byId(await listCheckInsOfAll(trx)),
        evidence: byId(await listEvidence(trx)),
        plans: byId(await listPlans(trx)),
        moments: byId((await listMoments(trx)).map((m) => m.value)),
        shareSettings: [...shareSettings].sort(
          (a, b) =>
            compareCodePoints(a.itemKind, b.itemKind) ||
            compareCodePoints(a.itemId, b.itemId) ||
            compareCodePoints(a.audience, b.audience),
        ),
        privateNotes: byId(await listPrivateNotes(trx)),
        accounts: byId(
          accounts.map((a) => ({ id: a.id, personId: a.person_id, email: a.email, createdAt: a.created_at })),
        ),
      };
    });
}

/** The organisation export as JSON text: byte-identical for the same data on either engine. */
export async function exportOrganisation(db: Db): Promise<string> {
  return stableStringify(await readOrganisationDocument(db));
}
