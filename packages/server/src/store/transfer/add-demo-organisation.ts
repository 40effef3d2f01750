/**
 * Adding the demo organisation to a database that was just set up: the admin's organisation row
 * and their own person stay; the demo's people, teams and history are added beside them and the
 * read models rebuilt, all in one transaction. This is what the first-run page's "load the demo"
 * does; `loadDemoOrganisation` is its twin for an empty database (tests, `ascent init --demo`).
 */
import type { DemoOrganisation } from "@ascent/core";
import { StoreError } from "../errors/store-error.js";
import { rebuildReadModels } from "../read-models/rebuild-read-models.js";
import {
  findActiveFrameworkVersion,
  findFrameworkVersionByHash,
  insertFrameworkVersions,
} from "../repositories/framework-version.repository.js";
import { inTransaction } from "../repositories/in-transaction.js";
import { findOrganisation, insertOrganisation, updateOrganisation } from "../repositories/organisation.repository.js";
import type { Db } from "../repositories/store.types.js";
import { demoDocument } from "./load-demo-organisation.js";
import { insertOrganisationContent } from "./load-organisation.js";

/** What was added. */
export interface AddedDemo {
  readonly people: number;
  readonly checkIns: number;
  readonly moments: number;
}

function refused(message: string): StoreError {
  return new StoreError("invalid_state", message, {});
}

/**
 * Adds `demo` to the organisation in `db`. Refused (StoreError `invalid_state`, nothing written)
 * when the organisation already has teams or groups (an org chart or the demo is there: mixing
 * made-up people into real ones would spoil both), when any demo person already exists, or when
 * another framework than the demo's is active.
 */
export async function addDemoOrganisation(db: Db, demo: DemoOrganisation): Promise<AddedDemo> {
  return inTransaction(db, async (trx) => {
    const [team, group] = await Promise.all([
      trx.selectFrom("team").select("id").limit(1).executeTakeFirst(),
      trx.selectFrom("group").select("id").limit(1).executeTakeFirst(),
    ]);
    if (team || group) throw refused("the organisation already has teams: the demo is added only to a new one");
    const ids = demo.people.map((p) => p.id);
    const clash = await trx.selectFrom("person").select("id").where("id", "in", ids).limit(1).executeTakeFirst();
    if (clash) throw refused("the demo organisation is already loaded");

    const document = demoDocument(demo);
    const existing = await findOrganisation(trx);
    if (existing) {
      // Keep the admin's organisation (its id, name, privacy policy); add the demo's checklist and flag.
      const settings = { ...existing.value.settings, ...document.organisation.settings };
      await updateOrganisation(trx, { ...existing.value, settings }, existing.version);
    } else {
      await insertOrganisation(trx, document.organisation);
    }
    const active = await findActiveFrameworkVersion(trx);
    if (active && active.contentHash !== demo.framework.contentHash) {
      throw refused("another framework is active: the demo organisation is written against its own");
    }
    if (!(await findFrameworkVersionByHash(trx, demo.framework.contentHash))) {
      await insertFrameworkVersions(trx, document.frameworkVersions);
    }
    await insertOrganisationContent(trx, document);
    await rebuildReadModels(trx, demo.framework);
    return { people: demo.people.length, checkIns: demo.checkIns.length, moments: demo.moments.length };
  });
}
