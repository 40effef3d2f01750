/** Loads the organisation and builds the report a `report` command asks for. */
import type { AppContext } from "../../app/context/app-context.js";
import { loadOrgView, personByEmail, teamByName } from "../../app/diagrams/load-org-view.service.js";
import type { Report } from "../../report/report.types.js";
import { orgReport, personReport, teamReport } from "./build-report.js";

/** The report of `kind` for the flags' person or team. */
export async function buildReport(
  db: AppContext["db"],
  kind: "person" | "team" | "org",
  flags: { readonly person?: string; readonly team?: string },
): Promise<Report> {
  const view = await loadOrgView(db);
  if (kind === "person") return personReport(view, personByEmail(view, flags.person!));
  if (kind === "team") return teamReport(view, teamByName(view, flags.team!).id);
  return orgReport(view);
}
