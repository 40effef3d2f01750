/** Matches the header row to the org-chart fields, honouring a column mapping. */
import { closestName } from "./closest-name.js";
import {
  ORG_CHART_FIELDS,
  type OrgChartColumnMapping,
  type OrgChartField,
  type OrgChartIssue,
  REQUIRED_ORG_CHART_FIELDS,
} from "./org-chart.types.js";
import type { CsvRecord } from "./org-chart-csv.parser.js";

/** Where each field is in a record; a field the file lacks is absent (and so not managed). */
export type ColumnIndexes = Partial<Record<OrgChartField, number>>;

/** The resolved columns, header errors and warnings. */
export interface ResolvedColumns {
  readonly indexes: ColumnIndexes;
  readonly errors: readonly OrgChartIssue[];
  readonly warnings: readonly OrgChartIssue[];
}

/** Headers compare trimmed and case-insensitively: "  Email " is `email`. */
const normalise = (header: string) => header.trim().toLowerCase();

/**
 * Resolves `header` against the fields. Errors: a missing required (or explicitly mapped) column,
 * a header used twice, two fields mapped to one header, and an unknown header that looks like a
 * typo of a column the file lacks. Other unknown headers are warnings: they are ignored.
 */
export function resolveOrgChartColumns(header: CsvRecord, mapping: OrgChartColumnMapping = {}): ResolvedColumns {
  const errors: OrgChartIssue[] = [];
  const warnings: OrgChartIssue[] = [];
  const issue = (column: string | null, reason: string) => ({ line: header.line, column, reason });
  const names = header.fields.map((field) => field.trim());
  const found = names.filter((name) => name !== "").join(", ") || "(none)";

  const firstIndex = new Map<string, number>();
  names.forEach((name, index) => {
    const key = normalise(name);
    if (key === "") return;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else errors.push(issue(name, `column “${name}” appears twice (columns ${first + 1} and ${index + 1})`));
  });

  const wanted = new Map<string, OrgChartField>();
  for (const field of ORG_CHART_FIELDS) {
    const key = normalise(mapping[field] ?? field);
    const other = wanted.get(key);
    if (other) errors.push(issue(mapping[field] ?? field, `is mapped to both ${other} and ${field}`));
    else wanted.set(key, field);
  }

  const indexes: ColumnIndexes = {};
  const missing: OrgChartField[] = [];
  for (const field of ORG_CHART_FIELDS) {
    const headerName = (mapping[field] ?? field).trim();
    const index = firstIndex.get(normalise(headerName));
    if (index !== undefined) {
      indexes[field] = index;
      continue;
    }
    missing.push(field);
    const mapped = mapping[field] === undefined ? "" : ` (mapped to ${field})`;
    if (REQUIRED_ORG_CHART_FIELDS.includes(field)) {
      errors.push(issue(headerName, `required column “${headerName}”${mapped} is missing; found: ${found}`));
    } else if (mapped) {
      errors.push(issue(headerName, `column “${headerName}”${mapped} is missing; found: ${found}`));
    }
  }

  names.forEach((name, index) => {
    if (wanted.has(normalise(name))) return;
    if (name === "") {
      warnings.push(issue(`column ${index + 1}`, `column ${index + 1} has no header; its values are ignored`));
      return;
    }
    // Compare with the headers the missing fields are looked up under (mapped or canonical).
    const meant = closestName(
      normalise(name),
      missing.map((field) => normalise(mapping[field] ?? field)),
    );
    if (meant) {
      errors.push(
        issue(
          name,
          `unknown column “${name}”: did you mean “${meant}”? (rename it, or map it with the column mapping)`,
        ),
      );
    } else {
      warnings.push(issue(name, `unknown column “${name}” is ignored`));
    }
  });
  return { indexes, errors, warnings };
}
