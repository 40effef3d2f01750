/**
 * @ascent/core — the domain core of Ascent: the framework, the progression engine,
 * Awesome Permission, the demo organisation and the diagram scenes. Pure; no I/O.
 */

// The demo organisation (seeded) and the streaming large organisation for benchmarks.
export { buildDemoOrganisation, DEMO_NOW } from "./demo/demo-organisation.js";
export type {
  DemoOrganisation,
  DemoOrganisationInfo,
  DemoOrganisationOptions,
} from "./demo/demo-organisation.types.js";
export type { LargeOrganisation, LargeOrganisationOptions } from "./demo/large-organisation.js";
export { generateLargeOrganisation } from "./demo/large-organisation.js";
// Diagrams: layouts (data → scene), the SVG string renderer, text fitting, colours and contrast.
export * from "./diagrams/index.js";
export * from "./domain-error.js";
export { DEFAULT_FRAMEWORK_YAML } from "./framework/default-framework.generated.js";
export { defaultFramework } from "./framework/default-framework.js";
export type * from "./framework/framework.types.js";
export * from "./framework/framework-completeness.js";
export * from "./framework/framework-content-hash.js";
export { formatFrameworkIssue } from "./framework/framework-issue.js";
export { MAX_ID_LENGTH, MAX_LEVELS, MAX_NAME_LENGTH, MAX_STAGES_PER_LEVEL } from "./framework/framework-limits.js";
export * from "./framework/framework-path.js";
export * from "./framework/framework-versions.js";
// Framework: parsing with located errors, content hash, the path, versions, the default framework.
export * from "./framework/parse-framework.js";
export type { FrameworkFormat } from "./framework/read-framework-source.js";
export type * from "./organisation/organisation.types.js";
export { DEFAULT_INGREDIENTS_YAML } from "./permission/default-ingredients.generated.js";
// Awesome Permission: the moment state machine, visibility, effect and chains.
export { defaultIngredients } from "./permission/default-ingredients.js";
export * from "./permission/effect-aggregate.js";
export type * from "./permission/moment.types.js";
export * from "./permission/moment-effect.js";
export * from "./permission/moment-lifecycle.js";
export * from "./permission/moment-state-machine.js";
export * from "./permission/moment-visibility.js";
export * from "./permission/permission-chain.js";
export * from "./progression/active-check-ins.js";
export * from "./progression/calibration-gap.js";
export * from "./progression/carry-forward.js";
export * from "./progression/check-in-lifecycle.js";
// Progression: check-ins, carry-forward, position, current position, comparison, history.
export * from "./progression/check-in-validation.js";
export * from "./progression/compare-check-ins.js";
export * from "./progression/current-position.js";
export * from "./progression/describe-position.js";
export * from "./progression/iso-time.helper.js";
export * from "./progression/position.js";
export * from "./progression/position-after-check-in.js";
export * from "./progression/progress-series.js";
export * from "./progression/progress-velocity.js";
export type * from "./progression/progression.types.js";
export * from "./progression/rating.helper.js";
export { orderedStageIds, orderedStages } from "./progression/stage-order.helper.js";
export * from "./progression/staying-by-choice.js";
export * from "./progression/time-at-stages.js";
export { sha256Hex } from "./util/sha256.js";
