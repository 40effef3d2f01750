/** A report as plain data: rendered to Markdown, HTML (and from HTML to PDF) by separate renderers. */

/** One diagram: its SVG, its accessible title and its text equivalent. */
export interface ReportDiagram {
  readonly title: string;
  readonly svg: string;
  readonly text: string;
}

/** A table of plain text cells (renderers escape them). */
export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A titled part of the report. */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly table?: ReportTable;
  readonly diagrams?: readonly ReportDiagram[];
}

/** The whole report. */
export interface Report {
  readonly title: string;
  /** e.g. "Acme · generated 2026-03-01 09:30 UTC". */
  readonly subtitle: string;
  readonly sections: readonly ReportSection[];
}
