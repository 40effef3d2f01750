/**
 * Collects every problem with an input before refusing it, so a form shows them all at once
 * instead of one per submit. Each check applies a rule from field-rules.ts (the one definition of
 * each field rule, shared with the HTTP schemas) and returns the cleaned value, or undefined when
 * the value was refused; `add` records a domain rule that is not a shape rule.
 */
import type { z } from "zod";
import { type FieldIssue, validationFailed } from "../errors/app-error.js";
import {
  idListRule,
  isoDateRule,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  oneOfRule,
  optionalIsoDateRule,
  optionalTextRule,
  optionalUrlRule,
  pastIsoDateRule,
  positiveIntegerRule,
  textRule,
} from "./field-rules.js";

export { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from "./field-rules.js";

/** A growing list of field issues, with small typed checks. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  /** Records a problem with `field`. */
  add(field: string, reason: string): void {
    this.issues.push({ field, reason });
  }

  /** A required, non-blank string of at most `max` characters (trimmed). */
  text(field: string, value: unknown, max = MAX_TITLE_LENGTH): string | undefined {
    return this.check(field, textRule(max), value);
  }

  /** An optional string (may be empty) of at most `max` characters; undefined stays undefined. */
  optionalText(field: string, value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
    return this.check(field, optionalTextRule(max), value);
  }

  /** One of `allowed`. */
  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
    return this.check(field, oneOfRule(allowed), value) as T | undefined;
  }

  /** An ISO-8601 UTC timestamp with milliseconds. */
  isoDate(field: string, value: unknown): string | undefined {
    return this.check(field, isoDateRule, value);
  }

  /** An ISO timestamp of something that has happened (not after `now`, give or take clock skew). */
  pastDate(field: string, value: unknown, now: string): string | undefined {
    return this.check(field, pastIsoDateRule(now), value);
  }

  /** An optional ISO timestamp; null and undefined pass as null. */
  optionalIsoDate(field: string, value: unknown): string | null | undefined {
    return this.check(field, optionalIsoDateRule, value);
  }

  /** A positive whole number (a `version` token, a cadence). */
  positiveInteger(field: string, value: unknown): number | undefined {
    return this.check(field, positiveIntegerRule, value);
  }

  /** An optional http(s) URL; null/undefined/"" pass as null. */
  optionalUrl(field: string, value: unknown): string | null | undefined {
    return this.check(field, optionalUrlRule, value);
  }

  /**
   * An array of distinct non-blank strings, each also checked by `each` when given. Every refused
   * item is named (`ids[2]`); `each` runs on the items the shape rule accepted, so one answer
   * carries both kinds of problem. Returns the distinct accepted ids.
   */
  idList(field: string, value: unknown, each?: (id: string) => string | null): string[] | undefined {
    const result = idListRule.safeParse(value);
    const reasons = new Map<number, string>();
    for (const issue of result.success ? [] : result.error.issues) {
      const index = issue.path[0];
      if (typeof index !== "number") return this.fail(field, issue.message);
      reasons.set(index, issue.message);
    }
    const items: unknown[] = Array.isArray(value) ? value : [];
    const accepted: string[] = [];
    // In list order, so the answer names the entries as the person wrote them.
    items.forEach((item, index) => {
      const reason = reasons.get(index) ?? each?.(item as string) ?? null;
      if (reason) this.add(`${field}[${index}]`, reason);
      if (!reasons.has(index)) accepted.push(item as string);
    });
    return accepted;
  }

  /** Throws validation_failed listing every issue, if there is any. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw validationFailed(this.issues);
  }

  /** Applies `rule`; on failure records its first reason (one per field, as a form shows it). */
  private check<T>(field: string, rule: z.ZodType<T>, value: unknown): T | undefined {
    const result = rule.safeParse(value);
    if (result.success) return result.data;
    return this.fail(field, result.error.issues[0]?.message ?? "is invalid");
  }

  private fail(field: string, reason: string): undefined {
    this.add(field, reason);
    return undefined;
  }
}
