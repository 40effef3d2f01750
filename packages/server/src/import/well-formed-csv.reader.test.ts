import { describe, expect, it } from "vitest";
import { parseOrgChartCsv, parseOrgChartCsvThoroughly } from "./org-chart-csv.parser.js";
import { readWellFormedCsv } from "./well-formed-csv.reader.js";

const bytes = (text: string) => new TextEncoder().encode(text);

/** What csv-parse makes of `text`: the header and records, when it finds no problem. */
function thorough(text: string) {
  const parsed = parseOrgChartCsvThoroughly(bytes(text));
  return parsed.issues.length > 0 ? null : [...(parsed.header ? [parsed.header] : []), ...parsed.records];
}

describe("readWellFormedCsv", () => {
  it("reads quoted values, doubled quotes, CRLF, blank lines and a missing last line ending", () => {
    const text = 'name,email\r\n"Ana ""A"" Lima",a@x.io\r\n\r\n"C,\r\nD",c@x.io\r\n,\r\nEd,e@x.io';
    const records = readWellFormedCsv(text);
    expect(records).toEqual([
      { line: 1, fields: ["name", "email"] },
      { line: 2, fields: ['Ana "A" Lima', "a@x.io"] },
      { line: 4, fields: ["C,\r\nD", "c@x.io"] },
      { line: 6, fields: ["", ""] },
      { line: 7, fields: ["Ed", "e@x.io"] },
    ]);
    expect(records).toEqual(thorough(text));
  });

  it.each([
    ["a quote never closed", 'name,email\n"Ana,a@x.io\n'],
    ["text after a closing quote", 'name,email\nAna,"a"@x.io\n'],
    ["a quote inside an unquoted value", 'name,email\nA"na,a@x.io\n'],
    ["a record with a field too many", "name,email\nAna,a@x.io,x\n"],
    ["a record with a field too few", "name,email\nAna\n"],
    ["CRLF after LF", "name,email\nAna,a@x.io\r\n"],
    ["LF after CRLF", "name,email\r\nAna,a@x.io\n"],
    ["a lone CR", "name,email\rAna,a@x.io\r"],
  ])("leaves %s to csv-parse", (_, text) => {
    expect(readWellFormedCsv(text)).toBeNull();
  });

  it("gives the same records as csv-parse whenever it reads a file (property)", async () => {
    const fc = (await import("fast-check")).default;
    let read = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^[ab ,"\r\n]{0,40}$/), (text) => {
        const quick = readWellFormedCsv(text);
        if (quick === null) return;
        read += 1;
        expect(quick).toEqual(thorough(text));
      }),
      { numRuns: 3000 },
    );
    // The property is not empty: many generated files are well formed.
    expect(read).toBeGreaterThan(300);
  });

  it("makes the parser give what csv-parse gives, through either path (property)", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.stringMatching(/^[ab ,"\r\n]{0,40}$/), (text) => {
        expect(parseOrgChartCsv(bytes(text))).toEqual(parseOrgChartCsvThoroughly(bytes(text)));
      }),
      { numRuns: 3000 },
    );
  });
});
