/** Loads the organisation and builds the report a `report` command asks for. */
import type { Kysely } from "kysely";
import type { Report } from "../../report/report.types.js";
import type { Database } from "../../store/schema/database.js";
import { loadOrgView, personByEmail, teamByName } from "../org/org-view.js";
import { orgReport, personReport, teamReport } from "./build-report.js";

/** The report of `kind` for the flags' person or team. */
export async function buildReport(
  db: Kysely<Database>,
  kind: "person" | "team" | "org",
  flags: { readonly person?: string; readonly team?: string },
): Promise<Report> {
  const view = await loadOrgView(db);
  if (kind === "person") return personReport(view, personByEmail(view, flags.person!));
  if (kind === "team") return teamReport(view, teamByName(view, flags.team!).id);
  return orgReport(view);
}
