/** Loading the demo organisation (from `buildDemoOrganisation`) into an empty database. */
import {
  canonicalFrameworkJson,
  DEFAULT_FRAMEWORK_YAML,
  type DemoOrganisation,
  defaultFramework,
  type Framework,
} from "@ascent/core";
import type { FrameworkVersionRecord } from "../repositories/framework-version.repository.js";
import type { Db } from "../repositories/store.types.js";
import { loadOrganisation } from "./load-organisation.js";
import { DOCUMENT_FORMAT, DOCUMENT_FORMAT_VERSION, type OrganisationDocument } from "./organisation-document.types.js";

/**
 * The stored record of a framework: the default one keeps its YAML source; any other is stored
 * as its canonical JSON, which parses back to the same content hash.
 */
export function frameworkVersionRecord(framework: Framework, activatedAt: string): FrameworkVersionRecord {
  const isDefault = framework.contentHash === defaultFramework().contentHash;
  const { contentHash: _hash, ...content } = framework;
  return {
    id: `framework-${framework.contentHash.slice(0, 16)}`,
    frameworkId: framework.id,
    name: framework.name,
    version: framework.version,
    contentHash: framework.contentHash,
    sourceFormat: isDefault ? "yaml" : "json",
    source: isDefault ? DEFAULT_FRAMEWORK_YAML : canonicalFrameworkJson(content),
    createdAt: activatedAt,
    activatedAt,
    isActive: true,
  };
}

/** The demo as an organisation document; the ingredients checklist lives in the settings. */
export function demoDocument(demo: DemoOrganisation): OrganisationDocument {
  return {
    format: DOCUMENT_FORMAT,
    formatVersion: DOCUMENT_FORMAT_VERSION,
    organisation: {
      id: demo.organisation.id,
      name: demo.organisation.name,
      settings: { ingredients: demo.ingredients, demo: true },
      createdAt: demo.organisation.createdAt,
    },
    frameworkVersions: [frameworkVersionRecord(demo.framework, demo.organisation.createdAt)],
    groups: demo.groups,
    teams: demo.teams,
    people: demo.people,
    mentorships: demo.mentorships,
    checkIns: demo.checkIns,
    evidence: demo.evidence,
    plans: demo.plans,
    moments: demo.moments,
    shareSettings: [],
    privateNotes: [],
    accounts: [],
  };
}

/** Loads the demo into an empty database in one transaction (refused when not empty). */
export async function loadDemoOrganisation(db: Db, demo: DemoOrganisation): Promise<void> {
  await loadOrganisation(db, demoDocument(demo), demo.framework);
}
