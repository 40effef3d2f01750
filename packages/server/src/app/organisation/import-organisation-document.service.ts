/**
 * Use case: the operator imports an organisation export into an empty database (`ascent import
 * file.json`): checked first, then all or nothing, with the ids the export kept.
 */
import { importOrganisation } from "../../store/transfer/import-organisation.js";
import type { AppContext } from "../context/app-context.js";

export { parseOrganisationDocument } from "../../store/transfer/import-organisation.js";
export type { OrganisationDocument } from "../../store/transfer/organisation-document.types.js";

/** Imports export `text` into the (empty) database; bad input is refused before anything is written. */
export async function importOrganisationDocument(db: AppContext["db"], text: string): Promise<void> {
  await importOrganisation(db, text);
}
