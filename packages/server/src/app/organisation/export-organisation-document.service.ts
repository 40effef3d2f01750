/**
 * Use case: the operator exports the organisation's people as an org chart (`ascent export --format
 * csv`): the whole organisation document, read in one consistent snapshot. (The JSON export the admin
 * downloads is app/export/export-organisation.service.ts.)
 */
import { readOrganisationDocument } from "../../store/transfer/export-organisation.js";
import type { OrganisationDocument } from "../../store/transfer/organisation-document.types.js";
import type { AppContext } from "../context/app-context.js";

export type { OrganisationDocument } from "../../store/transfer/organisation-document.types.js";

/** The organisation document; a StoreError `not_found` when the database holds no organisation. */
export async function exportOrganisationDocument(db: AppContext["db"]): Promise<OrganisationDocument> {
  return readOrganisationDocument(db);
}
