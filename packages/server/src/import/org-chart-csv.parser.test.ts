import { describe, expect, it } from "vitest";
import { parseOrgChartCsv } from "./org-chart-csv.parser.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseOrgChartCsv", () => {
  it("gives each record the line it starts on, across quoted newlines, CRLF and blank lines", () => {
    const parsed = parseOrgChartCsv(bytes('name,email\r\n"Ana\r\nLima",a@x.io\r\n\r\nBo,b@x.io\r\n"C, D",c@x.io'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.header).toEqual({ line: 1, fields: ["name", "email"] });
    expect(parsed.records).toEqual([
      { line: 2, fields: ["Ana\r\nLima", "a@x.io"] },
      { line: 5, fields: ["Bo", "b@x.io"] },
      { line: 6, fields: ["C, D", "c@x.io"] },
    ]);
  });

  it("reports every record with the wrong number of fields and keeps the others", () => {
    const parsed = parseOrgChartCsv(bytes("name,email\nAna\nBo,b@x.io,extra\nCy,c@x.io\n"));
    expect(parsed.issues).toEqual([
      { line: 2, column: "email", reason: "has 1 field but the header has 2: “email” and later are missing" },
      {
        line: 3,
        column: null,
        reason: 'has 3 fields but the header has 2 (put a value containing a comma in "double quotes")',
      },
    ]);
    expect(parsed.records).toEqual([{ line: 4, fields: ["Cy", "c@x.io"] }]);
  });

  it("stops at a quote that is never closed, naming the line it opened on", () => {
    const parsed = parseOrgChartCsv(bytes('name,email\nAna,a@x.io\n"Bo,b@x.io\nCy,c@x.io\n'));
    expect(parsed.issues).toEqual([
      { line: 3, column: "name", reason: 'a quoted value starting here is never closed (a missing ")' },
    ]);
  });

  it("stops at text after a closing quote", () => {
    const parsed = parseOrgChartCsv(bytes('name,email\nAna,"a"@x.io\nBo,b@x.io\n'));
    expect(parsed.issues).toEqual([
      { line: 2, column: "email", reason: 'text follows a closing quote (write a quote inside a quoted value as "")' },
    ]);
  });

  it("returns no header for an empty input", () => {
    expect(parseOrgChartCsv(bytes(""))).toEqual({ header: null, records: [], issues: [] });
    expect(parseOrgChartCsv(bytes("\n\n"))).toEqual({ header: null, records: [], issues: [] });
  });
});

describe("parseOrgChartCsv — property", () => {
  it("round-trips any values and finds the line each record starts on", async () => {
    const fc = (await import("fast-check")).default;
    const value = fc.stringMatching(/^[a-z ,"\n\r]{0,8}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 20 }), fc.boolean(), (rows, crlf) => {
        const eol = crlf ? "\r\n" : "\n";
        const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
        const lines = ["name,email", ...rows.map(([a, b]) => `${quote(a)},${quote(b)}`)];
        const parsed = parseOrgChartCsv(bytes(lines.join(eol)));
        expect(parsed.issues).toEqual([]);
        let line = 2;
        const expected = rows.map(([a, b], i) => {
          const record = { line, fields: [a, b] };
          line += (lines[i + 1]!.match(/\n/g)?.length ?? 0) + 1;
          return record;
        });
        expect(parsed.records).toEqual(expected);
      }),
    );
  });
});
