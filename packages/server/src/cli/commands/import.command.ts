import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { type Command, Option } from "commander";
import {
  importOrgChart,
  ORG_CHART_FIELDS,
  type OrgChartColumnMapping,
  type OrgChartReport,
  previewOrgChartImport,
} from "../../import/index.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { errColours, note, printJson } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";
import { importProgress } from "./import-progress.js";
import { errorLines, reportJson, summaryLine, warningLines } from "./import-report.js";

/** Flags of `ascent import`. */
interface ImportFlags {
  readonly dataDir?: string;
  readonly type?: "csv" | "json";
  readonly dryRun?: boolean;
  readonly json?: boolean;
  readonly mapName?: string;
  readonly mapEmail?: string;
  readonly mapTeam?: string;
  readonly mapGroup?: string;
  readonly mapMentor?: string;
  readonly mapRole?: string;
}

/** Files this large show their progress on stderr (a bar on a terminal): checking and writing take noticeable time. */
const LARGE_FILE_BYTES = 512 * 1024;

/** The --map-* flags as the import service's column mapping. */
function mappingOf(flags: ImportFlags): OrgChartColumnMapping {
  const given: Record<string, string | undefined> = {
    name: flags.mapName,
    email: flags.mapEmail,
    team: flags.mapTeam,
    group: flags.mapGroup,
    mentor: flags.mapMentor,
    role: flags.mapRole,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as OrgChartColumnMapping;
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file === "-" ? 0 : file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 1);
  }
}

/** csv or json: --type, else the file's extension. */
function typeOf(file: string, flags: ImportFlags): "csv" | "json" {
  if (flags.type) return flags.type;
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".json") return "json";
  throw new UsageError(`cannot tell what ${file} is: name it .csv or .json, or pass --type csv|json`, 2);
}

/** Prints a refused or previewed report; returns the exit code it deserves. */
function showReport(file: string, report: OrgChartReport, flags: ImportFlags, dryRun: boolean): void {
  if (flags.json) {
    printJson(reportJson(report, { dryRun }));
  } else {
    for (const line of warningLines(file, report.warnings)) note(line);
    if (!report.ok) {
      note(`${errColours.red("✗")} ${file}: ${report.errorCount} error(s); nothing was written`);
      for (const line of errorLines(file, report)) note(line);
    } else {
      process.stdout.write(`Dry run, nothing was written. ${file} would give: ${summaryLine(report.summary)}\n`);
    }
  }
  if (!report.ok) process.exitCode = 1;
}

/** Imports an org-chart CSV: checked in full, then written all or nothing (one check, one transaction). */
async function importCsv(file: string, flags: ImportFlags): Promise<void> {
  const bytes = readBytes(file);
  const progress = bytes.length >= LARGE_FILE_BYTES ? importProgress(file) : null;
  const options = { columns: mappingOf(flags), ...(progress ? { onProgress: progress.update } : {}) };
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  await withDatabase(flags, async (database) => {
    try {
      if (flags.dryRun) {
        const report = await previewOrgChartImport(database.db, bytes, options);
        progress?.done(`${file}: checked in ${elapsed()}`);
        showReport(file, report, flags, true);
        return;
      }
      const { report, result } = await importOrgChart(database.db, bytes, options);
      if (result === null) {
        progress?.done(`${file}: checked in ${elapsed()}`);
        showReport(file, report, flags, false);
        return;
      }
      progress?.done(`${file}: written in ${elapsed()}`);
      if (flags.json) {
        printJson(reportJson(report, { dryRun: false, written: result.written }));
        return;
      }
      for (const line of warningLines(file, result.warnings)) note(line);
      process.stdout.write(`Imported ${file}: ${summaryLine(result.summary)}\n`);
    } catch (error) {
      progress?.done();
      throw error;
    }
  });
}

/** Imports an organisation export into an empty database, all or nothing. */
async function importJson(file: string, flags: ImportFlags): Promise<void> {
  if (flags.dryRun)
    throw new UsageError(
      "--dry-run applies to .csv org charts; a .json import is checked as it loads and is all or nothing anyway",
      2,
    );
  const text = readBytes(file).toString("utf8");
  // Loaded here only: it brings in the whole core, which a CSV import does not need.
  const { importOrganisationDocument, parseOrganisationDocument } = await import(
    "../../app/organisation/import-organisation-document.service.js"
  );
  // Checked before the database is even opened, so a wrong file changes nothing anywhere.
  const document = parseOrganisationDocument(text);
  await withDatabase(
    flags,
    async (database) => {
      await importOrganisationDocument(database.db, text);
      const counts = {
        people: document.people.length,
        teams: document.teams.length,
        groups: document.groups.length,
        checkIns: document.checkIns.length,
        moments: document.moments.length,
        accounts: document.accounts.length,
      };
      if (flags.json) printJson({ ok: true, organisation: document.organisation.name, ...counts });
      else {
        process.stdout.write(
          `Imported ${document.organisation.name} from ${file}: ${counts.people} people, ${counts.teams} teams, ${counts.groups} groups, ${counts.checkIns} check-ins, ${counts.moments} moments\n`,
        );
        if (counts.accounts > 0)
          note(
            `  ${counts.accounts} account(s) came back without passwords: re-invite them (ascent user reset-password)`,
          );
      }
    },
    "create",
  );
}

/** Registers `ascent import <file>`. */
export function registerImportCommand(program: Command): void {
  const command = program
    .command("import")
    .description("import an org chart (.csv) or a whole organisation export (.json); all or nothing")
    .argument("<file>", "the .csv org chart or .json organisation export (- for stdin, with --type)")
    .addOption(new Option("--type <type>", "what the file is (default: from its extension)").choices(["csv", "json"]))
    .option("--dry-run", "check the CSV and show what would change, writing nothing")
    .option("--json", "print the report as JSON")
    .option("--data-dir <dir>", DATA_DIR_HELP);
  for (const field of ORG_CHART_FIELDS) {
    command.option(`--map-${field} <header>`, `the CSV column holding ${field} (default "${field}")`);
  }
  command
    .addHelpText(
      "after",
      `
CSV columns (header row first; UTF-8; comma separated):
  name, email     required. People are matched by email: importing again updates them.
  team, group     optional; missing teams and groups are created.
  mentor          optional: the mentor's email.
  role            optional: member | lead | leader | admin.
A column the file does not have is left alone; an empty cell means "none". Every problem is listed
as file:line: column: reason, and any error refuses the whole file: nothing is written.

A .json file is an organisation export (ascent export --format json) and needs an empty database.

Examples:
  ascent import people.csv --dry-run
  ascent import hr-export.csv --map-name "Full name" --map-email "Work email" --map-team Squad
  ascent import people.csv --json > report.json
  ascent import organisation.json --data-dir ./restored`,
    )
    .action(async (file: string, flags: ImportFlags) => {
      if (typeOf(file, flags) === "csv") await importCsv(file, flags);
      else await importJson(file, flags);
    });
}
