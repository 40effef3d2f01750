/**
 * @ascent/core — the domain core of Ascent: the framework, the progression engine,
 * Awesome Permission, the demo organisation and the diagram scenes. Pure; no I/O.
 */
export type * from "./framework/framework.types.js";
export type * from "./progression/progression.types.js";
export type * from "./organisation/organisation.types.js";
export type * from "./permission/moment.types.js";
