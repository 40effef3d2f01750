/**
 * The demo organisation as plain data: everything the app needs to show a believable,
 * two-year-old organisation in one click. All ids are readable ("person-017", "team-03").
 */
import type { Framework, Ingredient } from "../framework/framework.types.js";
import type { Evidence, Group, GrowthPlan, Mentorship, Person, Team } from "../organisation/organisation.types.js";
import type { Moment } from "../permission/moment.types.js";
import type { CheckIn, IsoDateTime } from "../progression/progression.types.js";

/** The organisation record itself. */
export interface DemoOrganisationInfo {
  readonly id: string;
  readonly name: string;
  /** When the organisation started using Ascent (a little before its first check-in). */
  readonly createdAt: IsoDateTime;
}

/** A complete demo organisation. Arrays are in id order. */
export interface DemoOrganisation {
  readonly organisation: DemoOrganisationInfo;
  readonly framework: Framework;
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly groups: readonly Group[];
  readonly mentorships: readonly Mentorship[];
  readonly checkIns: readonly CheckIn[];
  readonly evidence: readonly Evidence[];
  readonly plans: readonly GrowthPlan[];
  readonly moments: readonly Moment[];
  /** The ingredients checklist the moments' `ingredientIds` refer to. */
  readonly ingredients: readonly Ingredient[];
}

/** Options of `buildDemoOrganisation`; everything has a default. */
export interface DemoOrganisationOptions {
  /** Same seed → identical organisation. Default 1. */
  readonly seed?: number;
  /** The instant the data is "as of"; every timestamp is at or before it. Default 2026-11-01T09:00:00.000Z. */
  readonly now?: IsoDateTime;
  /** The framework check-ins are made against. Default: the Technical Leadership Progression. */
  readonly framework?: Framework;
  /** The ingredients checklist moments refer to. Default: the default ingredients. */
  readonly ingredients?: readonly Ingredient[];
}
