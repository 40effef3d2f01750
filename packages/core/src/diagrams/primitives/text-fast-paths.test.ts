import { describe, expect, it } from "vitest";
import { HOSTILE_NAMES } from "../testing/hostile-names.fixture.js";
import { cleanText } from "./scene-builder.js";
import { graphemes } from "./text-measure.js";

// The fast paths must give exactly what the general code gives; these are its definitions.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

function cleanTextReference(text: string): string {
  return Array.from(text.replace(LONE_SURROGATE, ""))
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
      return code !== 0xfffe && code !== 0xffff;
    })
    .join("");
}

const SAMPLES = [
  "",
  "Ada Lovelace",
  "Goran Petrović",
  "Team & system · Ownership",
  "Leadership coverage — someone at Team & system · Ownership or beyond",
  "© ® “quoted” ‘single’ …",
  "e\u0301 combining",
  "tab\tnew\nline\rreturn",
  "bell\u0007 null\u0000 \ufffe \uffff end",
  "lone \ud800 high, lone \udc00 low, pair \ud83d\ude00",
  ...Object.values(HOSTILE_NAMES),
];

describe("text fast paths", () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
    "cleanText agrees with its definition: %s",
    (_, s) => {
      expect(cleanText(s)).toBe(cleanTextReference(s));
    },
  );

  it.each(SAMPLES.map((s) => [JSON.stringify(s).slice(0, 40), s]))("graphemes agree with the segmenter: %s", (_, s) => {
    expect(graphemes(s)).toEqual(Array.from(segmenter.segment(s), (g) => g.segment));
  });

  it("splits every pair of fast-path characters into two graphemes, as the segmenter does", () => {
    const codes: number[] = [];
    for (const [lo, hi] of [
      [0x20, 0x7e],
      [0xa0, 0x17f],
      [0x2010, 0x2027],
    ] as const)
      for (let c = lo; c <= hi; c++) codes.push(c);
    const joined: string[] = [];
    for (const a of codes)
      for (const b of codes) {
        const pair = String.fromCharCode(a, b);
        if (Array.from(segmenter.segment(pair)).length !== 2 || graphemes(pair).length !== 2) joined.push(pair);
      }
    expect(joined).toEqual([]);
  });
});
