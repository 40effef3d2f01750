/**
 * Collects every problem with an input before refusing it, so a form shows them all at once
 * instead of one per submit. Each check returns the cleaned value (or undefined when it failed).
 */
import { isIsoDateTime } from "@ascent/core";
import { type FieldIssue, validationFailed } from "../errors/app-error.js";

/** Limits shared by every free-text field: long enough for a real note, short enough to refuse abuse. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_TEXT_LENGTH = 20_000;

/** A growing list of field issues, with small typed checks. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  /** Records a problem with `field`. */
  add(field: string, reason: string): void {
    this.issues.push({ field, reason });
  }

  /** A required, non-blank string of at most `max` characters (trimmed). */
  text(field: string, value: unknown, max = MAX_TITLE_LENGTH): string | undefined {
    if (typeof value !== "string" || value.trim() === "") return this.fail(field, "is required");
    return this.length(field, value.trim(), max);
  }

  /** An optional string (may be empty) of at most `max` characters; undefined stays undefined. */
  optionalText(field: string, value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string") return this.fail(field, "must be text");
    return this.length(field, value, max);
  }

  /** One of `allowed`. */
  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(field, `must be one of ${allowed.join(", ")}`);
  }

  /** An ISO-8601 UTC timestamp with milliseconds. */
  isoDate(field: string, value: unknown): string | undefined {
    if (isIsoDateTime(value)) return value;
    return this.fail(field, "must be an ISO-8601 timestamp such as 2026-03-01T09:30:00.000Z");
  }

  /** An optional ISO timestamp; null and undefined pass as null. */
  optionalIsoDate(field: string, value: unknown): string | null | undefined {
    if (value === undefined || value === null) return null;
    return this.isoDate(field, value);
  }

  /** A positive whole number (a `version` token, a cadence). */
  positiveInteger(field: string, value: unknown): number | undefined {
    if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
    return this.fail(field, "must be a whole number above 0");
  }

  /** An optional http(s) URL; null/undefined/"" pass as null. */
  optionalUrl(field: string, value: unknown): string | null | undefined {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value === "string") {
      try {
        const url = new URL(value);
        if (url.protocol === "http:" || url.protocol === "https:") return value;
      } catch {
        // fall through to the issue below
      }
    }
    return this.fail(field, "must be an http or https URL");
  }

  /** An array of distinct non-blank strings, each checked by `each` when given. */
  idList(field: string, value: unknown, each?: (id: string) => string | null): string[] | undefined {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return this.fail(field, "must be a list");
    const seen = new Set<string>();
    value.forEach((item, index) => {
      const at = `${field}[${index}]`;
      if (typeof item !== "string" || item.trim() === "") this.add(at, "must be a non-empty id");
      else if (seen.has(item)) this.add(at, `"${item}" is listed twice`);
      else {
        const reason = each?.(item) ?? null;
        if (reason) this.add(at, reason);
        seen.add(item);
      }
    });
    return [...seen];
  }

  /** Throws validation_failed listing every issue, if there is any. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw validationFailed(this.issues);
  }

  private length(field: string, value: string, max: number): string | undefined {
    if (value.length > max) return this.fail(field, `must be at most ${max} characters`);
    return value;
  }

  private fail(field: string, reason: string): undefined {
    this.add(field, reason);
    return undefined;
  }
}
