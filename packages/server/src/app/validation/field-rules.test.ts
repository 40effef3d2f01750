import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  idListRule,
  idRule,
  isoDateRule,
  oneOfRule,
  optionalIsoDateRule,
  optionalTextRule,
  optionalUrlRule,
  pastIsoDateRule,
  positiveIntegerRule,
  textRule,
} from "./field-rules.js";
import { IssueList } from "./issue-list.js";

const ISO = "must be an ISO-8601 timestamp such as 2026-03-01T09:30:00.000Z";
const URL_REASON = "must be an http or https URL";

interface RuleCase {
  name: string;
  rule: z.ZodType;
  accepts: [input: unknown, cleaned: unknown][];
  refuses: [input: unknown, reason: string][];
}

const cases: RuleCase[] = [
  {
    name: "text (default 200)",
    rule: textRule(),
    accepts: [
      ["Lead", "Lead"],
      ["  Lead the guild  ", "Lead the guild"],
      [`  ${"a".repeat(200)}  `, "a".repeat(200)],
    ],
    refuses: [
      [undefined, "is required"],
      [null, "is required"],
      [42, "is required"],
      ["", "is required"],
      ["   ", "is required"],
      ["a".repeat(201), "must be at most 200 characters"],
    ],
  },
  {
    name: "text (max 5)",
    rule: textRule(5),
    accepts: [[" abcde ", "abcde"]],
    refuses: [["abcdef", "must be at most 5 characters"]],
  },
  {
    name: "optional text",
    rule: optionalTextRule(10),
    accepts: [
      [undefined, undefined],
      ["", ""],
      ["  kept  ", "  kept  "],
    ],
    refuses: [
      [null, "must be text"],
      [3, "must be text"],
      ["a".repeat(11), "must be at most 10 characters"],
    ],
  },
  {
    name: "one of",
    rule: oneOfRule(["open", "closed"]),
    accepts: [["open", "open"]],
    refuses: [
      ["Open", "must be one of open, closed"],
      [undefined, "must be one of open, closed"],
      [1, "must be one of open, closed"],
    ],
  },
  {
    name: "a past ISO timestamp (clock skew allowed)",
    rule: pastIsoDateRule("2026-06-01T09:00:00.000Z"),
    accepts: [
      ["2026-06-01T09:00:00.000Z", "2026-06-01T09:00:00.000Z"],
      ["2020-01-01T00:00:00.000Z", "2020-01-01T00:00:00.000Z"],
      ["2026-06-01T09:04:59.000Z", "2026-06-01T09:04:59.000Z"],
    ],
    refuses: [
      ["2026-06-01T09:05:01.000Z", "cannot be in the future"],
      ["2030-01-01T00:00:00.000Z", "cannot be in the future"],
      ["tomorrow", ISO],
    ],
  },
  {
    name: "ISO timestamp",
    rule: isoDateRule,
    accepts: [
      ["2026-03-01T09:30:00.000Z", "2026-03-01T09:30:00.000Z"],
      ["2026-03-01T09:30:00+02:00", "2026-03-01T09:30:00+02:00"],
    ],
    refuses: [
      ["2026-03-01", ISO],
      ["yesterday", ISO],
      [undefined, ISO],
      [null, ISO],
      [1_700_000_000_000, ISO],
    ],
  },
  {
    name: "optional ISO timestamp",
    rule: optionalIsoDateRule,
    accepts: [
      [undefined, null],
      [null, null],
      ["2026-03-01T09:30:00.000Z", "2026-03-01T09:30:00.000Z"],
    ],
    refuses: [
      ["", ISO],
      ["2026-13-45T00:00:00.000Z", ISO],
    ],
  },
  {
    name: "positive integer",
    rule: positiveIntegerRule,
    accepts: [
      [1, 1],
      [42, 42],
    ],
    refuses: [
      [0, "must be a whole number above 0"],
      [-3, "must be a whole number above 0"],
      [1.5, "must be a whole number above 0"],
      [-1.5, "must be a whole number above 0"],
      ["2", "must be a whole number above 0"],
      [Number.NaN, "must be a whole number above 0"],
      [undefined, "must be a whole number above 0"],
    ],
  },
  {
    name: "optional URL",
    rule: optionalUrlRule,
    accepts: [
      [undefined, null],
      [null, null],
      ["", null],
      ["https://example.com/doc", "https://example.com/doc"],
      ["http://intranet.local/x?y=1", "http://intranet.local/x?y=1"],
    ],
    refuses: [
      ["ftp://example.com", URL_REASON],
      ["javascript:alert(1)", URL_REASON],
      ["example.com", URL_REASON],
      [7, URL_REASON],
    ],
  },
  {
    name: "id",
    rule: idRule,
    accepts: [["p_1", "p_1"]],
    refuses: [
      ["", "must be a non-empty id"],
      ["  ", "must be a non-empty id"],
      [5, "must be a non-empty id"],
    ],
  },
  {
    name: "id list",
    rule: idListRule,
    accepts: [
      [undefined, []],
      [[], []],
      [
        ["a", "b"],
        ["a", "b"],
      ],
    ],
    refuses: [
      [null, "must be a list"],
      ["a", "must be a list"],
      [["a", ""], "must be a non-empty id"],
      [["a", "a"], '"a" is listed twice'],
    ],
  },
];

describe("field rules", () => {
  for (const { name, rule, accepts, refuses } of cases) {
    describe(name, () => {
      it.each(accepts)("accepts %j as %j", (input, cleaned) => {
        expect(rule.safeParse(input)).toEqual({ success: true, data: cleaned });
      });
      it.each(refuses)("refuses %j: %s", (input, reason) => {
        const result = rule.safeParse(input);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.message)).toEqual([reason]);
      });
    });
  }
});

describe("IssueList on the field rules", () => {
  it("collects every field's reason at once, under the field's name, and returns cleaned values", () => {
    const issues = new IssueList();
    expect(issues.text("title", "  Ship it  ")).toBe("Ship it");
    expect(issues.text("name", "   ")).toBeUndefined();
    expect(issues.positiveInteger("version", 0)).toBeUndefined();
    expect(issues.oneOf("status", "gone", ["open", "closed"])).toBeUndefined();
    expect(issues.optionalUrl("link", "")).toBeNull();
    expect(issues.optionalIsoDate("dueAt", undefined)).toBeNull();
    issues.add("endsAt", "must not be before the start");
    expect(issues.issues).toEqual([
      { field: "name", reason: "is required" },
      { field: "version", reason: "must be a whole number above 0" },
      { field: "status", reason: "must be one of open, closed" },
      { field: "endsAt", reason: "must not be before the start" },
    ]);
    expect(() => issues.throwIfAny()).toThrow();
  });

  it("names each refused list entry by index, in list order, with the caller's own check on the rest", () => {
    const issues = new IssueList();
    const ids = issues.idList("skillIds", ["s1", "", "s1", "unknown", "s2"], (id) =>
      id === "unknown" ? "is not a skill" : null,
    );
    expect(ids).toEqual(["s1", "unknown", "s2"]);
    expect(issues.issues).toEqual([
      { field: "skillIds[1]", reason: "must be a non-empty id" },
      { field: "skillIds[2]", reason: '"s1" is listed twice' },
      { field: "skillIds[3]", reason: "is not a skill" },
    ]);
  });

  it("refuses a list that is not a list under the field's own name", () => {
    const issues = new IssueList();
    expect(issues.idList("ids", "a,b")).toBeUndefined();
    expect(issues.idList("more", undefined)).toEqual([]);
    expect(issues.issues).toEqual([{ field: "ids", reason: "must be a list" }]);
  });

  it("throws nothing when every check passed", () => {
    const issues = new IssueList();
    issues.text("title", "ok");
    expect(() => issues.throwIfAny()).not.toThrow();
  });
});
