import { type Command, Option } from "commander";
import { reportHtml } from "../../report/render-html.js";
import { buildReport } from "../report/build-report-for.js";
import { htmlToPdf } from "../report/print-pdf.js";
import { reportMarkdown } from "../report/render-markdown.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { writeResult } from "../support/output-file.js";
import { note } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";

/** Flags of `ascent report`. */
export interface ReportFlags {
  readonly dataDir?: string;
  readonly format?: "md" | "html" | "pdf";
  readonly person?: string;
  readonly team?: string;
  readonly out?: string;
}

/** The subject of a report. */
export type ReportKind = "person" | "team" | "org";

/** `ascent report person|team|org`: a readable report with the diagrams embedded. */
export async function runReport(kind: string, flags: ReportFlags): Promise<void> {
  if (kind !== "person" && kind !== "team" && kind !== "org") {
    throw new UsageError(`unknown report "${kind}"; choose person, team or org`, 2);
  }
  if (kind === "person" && !flags.person) throw new UsageError("report person needs --person EMAIL", 2);
  if (kind === "team" && !flags.team) throw new UsageError("report team needs --team NAME", 2);
  const format =
    flags.format ??
    (flags.out?.toLowerCase().endsWith(".html") ? "html" : flags.out?.toLowerCase().endsWith(".pdf") ? "pdf" : "md");
  if (format === "pdf" && !flags.out) throw new UsageError("--format pdf writes a file: pass --out report.pdf", 2);
  const report = await withDatabase(flags, async (database) => buildReport(database.db, kind, flags));
  const html = format === "md" ? "" : reportHtml(report);
  writeResult(flags.out, format === "md" ? reportMarkdown(report) : format === "html" ? html : htmlToPdf(html));
  if (flags.out) note(`Wrote ${flags.out}`);
}

/** Registers `ascent report`. */
export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description("a readable report of a person, a team or the organisation, diagrams included")
    .argument("<subject>", "person, team or org")
    .addOption(
      new Option(
        "-f, --format <format>",
        "md, html (self-contained) or pdf (through Chromium; default: from --out, else md)",
      ).choices(["md", "html", "pdf"]),
    )
    .option("--person <email>", "the person of a person report")
    .option("--team <name>", "the team of a team report")
    .option("-o, --out <file>", "write to a file (readable by you only) instead of stdout")
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .addHelpText(
      "after",
      `
Reports show positions (self and mentor views side by side), plans' goals and diagrams — what a lead
or leader may see; never evidence text, notes or moment text. HTML is one file with inline SVG and CSS
that makes no external request.

Examples:
  ascent report person --person dana@example.com --format html --out dana.html
  ascent report team --team Platform > platform.md
  ascent report org --format pdf --out organisation.pdf`,
    )
    .action(async (kind: string, flags: ReportFlags) => {
      await runReport(kind, flags);
    });
}
