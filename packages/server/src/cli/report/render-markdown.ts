/** A report as Markdown: diagrams embedded as SVG data URIs, each followed by its text equivalent. */
import type { Report, ReportDiagram, ReportTable } from "../../report/report.types.js";

/** Escapes what Markdown would read as formatting (names are data, never markup). */
export function escapeMarkdown(text: string): string {
  // Inline formatting characters anywhere; block markers (#, -, +, >) only where a line starts.
  return text
    .replace(/\r?\n/g, " ")
    .replace(/([\\`*_[\]<>|~])/g, "\\$1")
    .replace(/^([#+-])/, "\\$1");
}

function table(t: ReportTable): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  return [row(t.columns), `|${t.columns.map(() => " --- ").join("|")}|`, ...t.rows.map(row), ""];
}

function diagram(d: ReportDiagram): string[] {
  const uri = `data:image/svg+xml;base64,${Buffer.from(d.svg, "utf8").toString("base64")}`;
  // The text equivalent is indented as a code block: readable where images are not shown.
  return [`![${escapeMarkdown(d.title)}](${uri})`, "", ...d.text.split("\n").map((line) => `    ${line}`), ""];
}

/** Renders the report. */
export function reportMarkdown(report: Report): string {
  const lines = [`# ${escapeMarkdown(report.title)}`, "", `_${escapeMarkdown(report.subtitle)}_`, ""];
  for (const section of report.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, "");
    for (const p of section.paragraphs ?? []) lines.push(escapeMarkdown(p), "");
    for (const d of section.diagrams ?? []) lines.push(...diagram(d));
    if (section.table) lines.push(...table(section.table));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
