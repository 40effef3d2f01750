/** The org-chart import's public face, for the HTTP routes and `ascent import`. */
export {
  commitOrgChartImport,
  DEFAULT_MENTOR_CADENCE_DAYS,
  importOrgChart,
  type OrgChartImportOptions,
  type OrgChartImportOutcome,
  type OrgChartImportResult,
  type OrgChartProgress,
  previewOrgChartImport,
  toFieldIssue,
} from "./import-org-chart.service.js";
export { checkOrgChart } from "./org-chart.check.js";
export * from "./org-chart.types.js";
export type { OrgChartWriteCounts } from "./org-chart.writer.js";
