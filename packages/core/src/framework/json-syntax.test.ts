import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "./json-syntax.js";
import { readFrameworkSource } from "./read-framework-source.js";

describe("findJsonSyntaxError", () => {
  it("accepts whatever JSON.stringify writes, compact or indented", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent ? 2 : undefined))).toBeUndefined();
      }),
    );
  });

  it("rejects exactly what JSON.parse rejects", () => {
    const samples = [
      '{"a": 1,}',
      "[1 2]",
      '{"a": 01}',
      '{"a": "\\x"}',
      '"\\u12"',
      "nul",
      "{}}",
      '{"a":}',
      "-",
      "1.",
      "1e",
    ];
    for (const text of samples) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(findJsonSyntaxError(text), text).toBeDefined();
    }
    for (const text of ['{"a": -0.5e+3}', '"\\ud83d\\ude00 \\/"', "  [true, false, null]  "]) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it("stops at absurd nesting instead of overflowing the stack", () => {
    expect(findJsonSyntaxError("[".repeat(100_000))).toMatchObject({ reason: "nesting is deeper than 256 levels" });
  });
});

describe("reading valid JSON through the YAML parser", () => {
  it("succeeds for any JSON document, so JSON frameworks get lines without losing anything", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const read = readFrameworkSource(text, "json");
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.source.doc.toJS()).toEqual(JSON.parse(text));
      }),
    );
  });
});
