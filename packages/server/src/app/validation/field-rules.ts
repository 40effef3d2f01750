/**
 * The field rules every input is checked against, each stated once as a zod schema whose messages are
 * the reasons a person reads ("is required", "must be at most 200 characters"). Services check their
 * input through IssueList (which collects every failure before refusing); the HTTP schemas reuse the
 * same rules where they state them, so a limit or a reason cannot drift between the two layers.
 */
import { isIsoDateTime } from "@ascent/core";
import { z } from "zod";

/** Limits shared by every free-text field: long enough for a real note, short enough to refuse abuse. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_TEXT_LENGTH = 20_000;

const REQUIRED = "is required";
const ISO_TIMESTAMP = "must be an ISO-8601 timestamp such as 2026-03-01T09:30:00.000Z";
const POSITIVE_INTEGER = "must be a whole number above 0";
const HTTP_URL = "must be an http or https URL";
const NON_EMPTY_ID = "must be a non-empty id";

function tooLong(max: number): string {
  return `must be at most ${max} characters`;
}

/** A required, non-blank string of at most `max` characters, trimmed. */
export function textRule(max = MAX_TITLE_LENGTH) {
  return z.string({ error: REQUIRED }).trim().min(1, { error: REQUIRED, abort: true }).max(max, tooLong(max));
}

/** An optional string (may be empty, kept as written) of at most `max` characters. */
export function optionalTextRule(max = MAX_TEXT_LENGTH) {
  return z.string({ error: "must be text" }).max(max, tooLong(max)).optional();
}

/** One of `allowed`. */
export function oneOfRule<const T extends string>(allowed: readonly T[]) {
  return z.enum(allowed as readonly [T, ...T[]], { error: `must be one of ${allowed.join(", ")}` });
}

/** An ISO-8601 timestamp with a zone (the core's definition), e.g. 2026-03-01T09:30:00.000Z. */
export const isoDateRule = z.string({ error: ISO_TIMESTAMP }).refine(isIsoDateTime, ISO_TIMESTAMP);

/** An optional ISO timestamp: null and undefined both become null. */
/** How far ahead of the server's clock a user's "now" may run (their device's clock skew). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** An ISO timestamp of something that has happened: not later than `now` plus the clock skew. */
export function pastIsoDateRule(now: string) {
  const latest = Date.parse(now) + CLOCK_SKEW_MS;
  // Written as "not later" so that a value that is no timestamp at all gets only the ISO reason.
  return isoDateRule.refine((value) => !(Date.parse(value) > latest), "cannot be in the future");
}

export const optionalIsoDateRule = isoDateRule.nullish().transform((value) => value ?? null);

/** A positive whole number (a `version` token, a cadence). */
export const positiveIntegerRule = z
  .number({ error: POSITIVE_INTEGER })
  .int({ error: POSITIVE_INTEGER, abort: true })
  .positive(POSITIVE_INTEGER);

/** True for an absolute http: or https: URL. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** An optional http(s) URL, kept as written: null, undefined and "" all become null. */
export const optionalUrlRule = z
  .string({ error: HTTP_URL })
  .refine((value) => value === "" || isHttpUrl(value), HTTP_URL)
  .nullish()
  .transform((value) => value || null);

/** One id: a string that is not blank (kept as written). */
export const idRule = z
  .string({ error: NON_EMPTY_ID })
  .min(1, { error: NON_EMPTY_ID, abort: true })
  .refine((value) => value.trim() !== "", NON_EMPTY_ID);

/**
 * A list of distinct ids; undefined is the empty list. Each bad item is its own issue, at its index
 * (`path: [index]`), so a form can point at the very entry.
 */
export const idListRule = z
  .array(z.unknown(), { error: "must be a list" })
  .optional()
  .superRefine((items, context) => {
    const seen = new Set<string>();
    items?.forEach((item, index) => {
      const id = idRule.safeParse(item);
      if (!id.success) context.addIssue({ code: "custom", path: [index], message: NON_EMPTY_ID });
      else if (seen.has(id.data))
        context.addIssue({ code: "custom", path: [index], message: `"${id.data}" is listed twice` });
      else seen.add(id.data);
    });
  })
  .transform((items) => (items ?? []) as string[]);
