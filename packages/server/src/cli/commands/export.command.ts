import { type Command, Option } from "commander";
import { actorFor } from "../../app/access/actor.js";
import { createAppContext } from "../../app/context/app-context.js";
import { organisationExportText } from "../../app/export/export-organisation.service.js";
import { exportPersonalRecord } from "../../app/export/export-personal-record.service.js";
import { exportOrganisationDocument } from "../../app/organisation/export-organisation-document.service.js";
import { findPersonByEmail } from "../org/find-person.js";
import { orgChartCsv } from "../org/org-chart-csv.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { writeResult } from "../support/output-file.js";
import { note } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";

/** Flags of `ascent export`. */
interface ExportFlags {
  readonly dataDir?: string;
  readonly format?: "json" | "csv";
  readonly person?: string;
  readonly out?: string;
}

/** `ascent export`: the organisation (JSON or org-chart CSV), or one person's own record. */
export async function runExport(flags: ExportFlags): Promise<void> {
  await withDatabase(flags, async (database) => {
    if (flags.person !== undefined) {
      if (flags.format === "csv") throw new UsageError("--person exports JSON: leave out --format csv", 2);
      const ctx = createAppContext(database.db);
      const person = await findPersonByEmail(database.db, flags.person);
      // As the person sees it themselves: "all of their own records" and nothing of anyone else's.
      const actor = actorFor(person.id, { accountId: person.accountId });
      // The same record the person downloads from the app (GET /api/v1/me/export).
      const record = await exportPersonalRecord(ctx, actor, { accountId: null, details: { via: "cli" } });
      writeResult(flags.out, `${JSON.stringify(record, null, 2)}\n`);
    } else if ((flags.format ?? "json") === "csv") {
      writeResult(flags.out, orgChartCsv(await exportOrganisationDocument(database.db)));
    } else {
      // The same document the admin downloads (GET /api/v1/organisation/export); `ascent backup` keeps everything.
      writeResult(flags.out, await organisationExportText(database.db));
    }
    if (flags.out) note(`Wrote ${flags.out}`);
  });
}

/** Registers `ascent export`. */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("export the organisation (JSON, or the org chart as CSV) or one person's own record")
    .addOption(
      new Option("-f, --format <format>", "json: the organisation as shared; csv: the org chart").choices([
        "json",
        "csv",
      ]),
    )
    .option("--person <email>", "export this person's own record (JSON) instead of the organisation")
    .option("-o, --out <file>", "write to a file (created readable by you only) instead of stdout")
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .addHelpText(
      "after",
      `
The JSON export holds the organisation as people shared it, ids kept, and never a credential: accounts
come back without passwords. It is the document admins download in the app, and like theirs it leaves
out private notes, check-in drafts, moments still in aware, staying-by-choice notes and items their
owner shares with nobody. Import it into an empty database with \`ascent import file.json\`.
For a copy with everything (to restore this installation), use \`ascent backup\`.
The CSV has the import's columns (name,email,team,group,mentor,role) for the active people.

Examples:
  ascent export --format json --out organisation.json
  ascent export --format csv > people.csv
  ascent export --person dana@example.com --out dana.json`,
    )
    .action(async (flags: ExportFlags) => {
      await runExport(flags);
    });
}
