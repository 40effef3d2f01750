/**
 * What a person shares when they have not said otherwise, per item kind and audience
 * (product.md: mentors see check-ins, evidence and plan; leads see plans but not evidence text).
 * A share_setting row for an item overrides its default, widening or narrowing.
 */

/** Items a person can share item by item. */
export type ShareableKind = "check_in" | "evidence" | "plan";

/** Who an item can be shared with. */
export type Audience = "mentor" | "lead";

/** Every shareable kind, and every audience. */
export const SHAREABLE_KINDS: readonly ShareableKind[] = ["check_in", "evidence", "plan"];
export const AUDIENCES: readonly Audience[] = ["mentor", "lead"];

/** The default per kind and audience. */
export const SHARE_DEFAULTS: Readonly<Record<ShareableKind, Readonly<Record<Audience, boolean>>>> = {
  check_in: { mentor: true, lead: false },
  evidence: { mentor: true, lead: false },
  plan: { mentor: true, lead: true },
};
