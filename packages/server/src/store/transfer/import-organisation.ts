/** Importing an organisation export into an empty database: checked first, then all or nothing. */
import { type Framework, parseFramework } from "@ascent/core";
import { StoreError } from "../errors/store-error.js";
import type { Db } from "../repositories/store.types.js";
import { loadOrganisation } from "./load-organisation.js";
import { DOCUMENT_FORMAT, DOCUMENT_FORMAT_VERSION, type OrganisationDocument } from "./organisation-document.types.js";

const ARRAYS = [
  "frameworkVersions",
  "groups",
  "teams",
  "people",
  "mentorships",
  "checkIns",
  "evidence",
  "plans",
  "moments",
  "shareSettings",
  "accounts",
] as const;

/** Lists added after format version 1 was first written: an older export without them imports as empty. */
const OPTIONAL_ARRAYS = ["privateNotes"] as const;

function invalid(reason: string): StoreError {
  return new StoreError("invalid_import", `Not an Ascent organisation export: ${reason}`, { reason });
}

/** Parses and shape-checks export text; throws StoreError `invalid_import` naming what is wrong. */
export function parseOrganisationDocument(text: string): OrganisationDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(`the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (value === null || typeof value !== "object") throw invalid("the document is not an object");
  const doc = value as Record<string, unknown>;
  if (doc.format !== DOCUMENT_FORMAT) throw invalid(`"format" must be "${DOCUMENT_FORMAT}"`);
  if (doc.formatVersion !== DOCUMENT_FORMAT_VERSION) {
    throw invalid(
      `"formatVersion" ${String(doc.formatVersion)} is not supported (expected ${DOCUMENT_FORMAT_VERSION})`,
    );
  }
  if (doc.organisation === null || typeof doc.organisation !== "object") throw invalid(`"organisation" is missing`);
  for (const key of ARRAYS) if (!Array.isArray(doc[key])) throw invalid(`"${key}" must be a list`);
  for (const key of OPTIONAL_ARRAYS) {
    if (doc[key] === undefined) doc[key] = [];
    else if (!Array.isArray(doc[key])) throw invalid(`"${key}" must be a list`);
  }
  return value as OrganisationDocument;
}

/** The parsed active framework version of a document; positions are computed against it. */
export function activeFramework(document: OrganisationDocument): Framework {
  const active = document.frameworkVersions.find((v) => v.isActive) ?? document.frameworkVersions.at(-1);
  if (!active) throw invalid("it has no framework version");
  const parsed = parseFramework(active.source, { format: active.sourceFormat });
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw invalid(`framework version ${active.id} does not parse (${first?.path || "document"}: ${first?.reason})`);
  }
  return parsed.framework;
}

/**
 * Imports export text into an empty database. Bad input is refused before anything is written;
 * a constraint the data breaks (a dangling id) rolls the whole import back.
 */
export async function importOrganisation(db: Db, text: string): Promise<void> {
  const document = parseOrganisationDocument(text);
  const framework = activeFramework(document);
  try {
    await loadOrganisation(db, document, framework);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new StoreError("invalid_import", `The import was refused and nothing was written: ${reason}`, { reason });
  }
}
