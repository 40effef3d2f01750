/** Use case: anyone signed in reads the organisation's name and privacy policy. */
import { findOrganisation } from "../../store/repositories/organisation.repository.js";
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { type OrganisationSettings, organisationSettingsOf } from "./organisation-settings.js";

/** The settings; `not_found` only before the organisation exists. */
export async function getOrganisationSettings(ctx: AppContext, _actor: Actor): Promise<OrganisationSettings> {
  const stored = await findOrganisation(ctx.db);
  if (!stored) throw notFound("organisation");
  return organisationSettingsOf(stored.value, stored.version);
}
