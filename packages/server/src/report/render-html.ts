/**
 * A report as one self-contained HTML file: SVG inline, CSS inline, and a Content-Security-Policy
 * that forbids every external request, so it opens the same offline, in a mail, or years later.
 */
import { escapeXml } from "@ascent/core";
import type { Report, ReportDiagram, ReportTable } from "./report.types.js";

/** The page's one style block (exported so a server can allow exactly it by hash in its CSP). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.subtitle { color: var(--muted); margin-top: 0; }
figure { margin: 1.2rem 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
details { color: var(--muted); font-size: .9rem; }
details pre { white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function table(t: ReportTable): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeXml(c)}</th>`).join("");
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function diagram(d: ReportDiagram): string {
  // The SVG carries its own title and description; the text equivalent is one click away.
  return `<figure>${d.svg}<details><summary>Text equivalent: ${escapeXml(d.title)}</summary><pre>${escapeXml(d.text)}</pre></details></figure>`;
}

/** Renders the report. */
export function reportHtml(report: Report): string {
  const sections = report.sections
    .map((s) =>
      [
        `<section><h2>${escapeXml(s.heading)}</h2>`,
        ...(s.paragraphs ?? []).map((p) => `<p>${escapeXml(p)}</p>`),
        ...(s.diagrams ?? []).map(diagram),
        s.table ? table(s.table) : "",
        "</section>",
      ].join("\n"),
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(report.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${escapeXml(report.title)}</h1>
<p class="subtitle">${escapeXml(report.subtitle)}</p>
${sections}
</body>
</html>
`;
}
