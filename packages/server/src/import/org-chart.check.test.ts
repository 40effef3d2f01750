import { describe, expect, it } from "vitest";
import { checkOrgChart } from "./org-chart.check.js";
import { buildExistingPerson, csvBytes, snapshotWith } from "./org-chart-test.helpers.js";

const HEADER = "name,email,team,group,mentor,role";

/** The errors of a file as [line, column, reason] triples. */
function errorsOf(...args: Parameters<typeof checkOrgChart>) {
  const report = checkOrgChart(...args);
  expect(report.ok).toBe(false);
  return report.errors.map((e) => [e.line, e.column, e.reason]);
}

describe("checkOrgChart — a good file", () => {
  it("previews every person as a create, with the summary", () => {
    const report = checkOrgChart(
      csvBytes(
        HEADER,
        "Ana Lima,ana@x.io,Payments,Money,,lead",
        '"Okafor, Bo",BO@x.io,Payments,Money,ana@x.io,',
        '"Cy\nSecond line",cy@x.io,Ledger,,bo@x.io,leader',
        "Di,di@x.io,,,,admin",
      ),
    );
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => [r.line, r.name, r.email, r.team, r.group, r.mentorEmail, r.role, r.action])).toEqual(
      [
        [2, "Ana Lima", "ana@x.io", "Payments", "Money", null, "lead", "create"],
        [3, "Okafor, Bo", "bo@x.io", "Payments", "Money", "ana@x.io", "member", "create"],
        [4, "Cy\nSecond line", "cy@x.io", "Ledger", null, "bo@x.io", "leader", "create"],
        [6, "Di", "di@x.io", null, null, null, "admin", "create"],
      ],
    );
    expect(report.summary).toMatchObject({
      people: 4,
      teams: 2,
      groups: 1,
      creates: 4,
      updates: 0,
      mentorshipsStarted: 2,
    });
  });

  it("accepts a BOM, mapped headers in any case with spaces, and warns about extra columns", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...csvBytes(" Full NAME ,Work email,Squad,Location", "Ana,ana@x.io,Core,Lisbon"),
    ]);
    const report = checkOrgChart(bytes, { columns: { name: "Full name", email: "work email", team: "Squad" } });
    expect(report.ok).toBe(true);
    expect(report.rows[0]).toMatchObject({ line: 2, name: "Ana", email: "ana@x.io", team: "Core" });
    expect(report.warnings).toEqual([{ line: 1, column: "Location", reason: "unknown column “Location” is ignored" }]);
  });

  it("skips rows of empty cells that spreadsheets leave behind", () => {
    const report = checkOrgChart(csvBytes("name,email", "Ana,ana@x.io", ",", " , "));
    expect(report.ok).toBe(true);
    expect(report.summary.people).toBe(1);
  });
});

describe("checkOrgChart — malformed files name line, column and reason", () => {
  it("1. empty file", () => {
    expect(errorsOf(new Uint8Array())).toEqual([[1, null, "the file is empty"]]);
    expect(errorsOf(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual([[1, null, "the file is empty"]]);
  });

  it("2. header only", () => {
    expect(errorsOf(csvBytes(HEADER))).toEqual([[1, null, "the file has a header row but no people below it"]]);
  });

  it("3. missing required column, listing the headers found", () => {
    expect(errorsOf(csvBytes("name,mail,team", "Ana,ana@x.io,Core"))).toEqual([
      [1, "email", "required column “email” is missing; found: name, mail, team"],
      [1, "mail", "unknown column “mail”: did you mean “email”? (rename it, or map it with the column mapping)"],
    ]);
    expect(errorsOf(csvBytes("name,team", "Ana,Core"))).toEqual([
      [1, "email", "required column “email” is missing; found: name, team"],
    ]);
    expect(errorsOf(csvBytes("name,email", "Ana,ana@x.io"), { columns: { email: "Work email" } })).toEqual([
      [1, "Work email", "required column “Work email” (mapped to email) is missing; found: name, email"],
    ]);
  });

  it("4. duplicated column header", () => {
    expect(errorsOf(csvBytes("name,email,Team,team ", "Ana,ana@x.io,A,B"))).toEqual([
      [1, "team", "column “team” appears twice (columns 3 and 4)"],
    ]);
  });

  it("5. unknown column that looks like a typo of a missing one is an error", () => {
    expect(errorsOf(csvBytes("name,email,mentr", "Ana,ana@x.io,"))).toEqual([
      [1, "mentr", "unknown column “mentr”: did you mean “mentor”? (rename it, or map it with the column mapping)"],
    ]);
  });

  it("6. empty name, and a name over 200 characters", () => {
    const long = "N".repeat(201);
    expect(errorsOf(csvBytes("name,email", ",ana@x.io", `${long},bo@x.io`))).toEqual([
      [2, "name", "name is empty"],
      [3, "name", "is 201 characters long; at most 200 are allowed"],
    ]);
  });

  it("7. invalid and empty email", () => {
    expect(errorsOf(csvBytes("name,email", "Ana,ana(at)x.io", "Bo,"))).toEqual([
      [2, "email", "“ana(at)x.io” is not an email address"],
      [3, "email", "email is empty"],
    ]);
  });

  it("8. duplicate email within the file names both lines", () => {
    expect(errorsOf(csvBytes("name,email", "Ana,ana@x.io", "Bo,bo@x.io", "Ana again, ANA@x.io "))).toEqual([
      [4, "email", "email ana@x.io is also on line 2"],
    ]);
  });

  it("9. unknown mentor: neither in the file nor in the organisation", () => {
    const bytes = csvBytes("name,email,mentor", "Ana,ana@x.io,zed@x.io", "Bo,bo@x.io,old@x.io");
    expect(errorsOf(bytes)).toEqual([
      [2, "mentor", "mentor zed@x.io is neither in the file nor in the organisation"],
      [3, "mentor", "mentor old@x.io is neither in the file nor in the organisation"],
    ]);
    // old@x.io exists already: only zed is unknown.
    const existing = snapshotWith([buildExistingPerson({ id: "p1", email: "Old@x.io" })]);
    expect(errorsOf(bytes, {}, existing)).toEqual([
      [2, "mentor", "mentor zed@x.io is neither in the file nor in the organisation"],
    ]);
  });

  it("10. mentor is the person themself", () => {
    expect(errorsOf(csvBytes("name,email,mentor", "Ana,ana@x.io,ANA@x.io"))).toEqual([
      [2, "mentor", "a person cannot be their own mentor"],
    ]);
  });

  it("11. a cycle in the mentor chain names the people in it", () => {
    const bytes = csvBytes(
      "name,email,mentor",
      "Zoe,z@x.io,",
      "Ana,a@x.io,b@x.io",
      "Bo,b@x.io,c@x.io",
      "Cy,c@x.io,a@x.io",
    );
    expect(errorsOf(bytes)).toEqual([
      [
        3,
        "mentor",
        "the mentor chain is a cycle: a@x.io (line 3) → b@x.io (line 4) → c@x.io (line 5) → a@x.io (line 3) (each is mentored by the next)",
      ],
    ]);
  });

  it("12. a cycle through someone already in the organisation", () => {
    // Stored: old is mentored by ana. The file makes ana mentored by old.
    const existing = snapshotWith([
      buildExistingPerson({ id: "p-ana", email: "ana@x.io" }),
      buildExistingPerson({ id: "p-old", email: "old@x.io", activeMentorships: [{ id: "m1", mentorId: "p-ana" }] }),
    ]);
    expect(errorsOf(csvBytes("name,email,mentor", "Ana,ana@x.io,old@x.io"), {}, existing)).toEqual([
      [
        2,
        "mentor",
        "the mentor chain is a cycle: ana@x.io (line 2) → old@x.io → ana@x.io (line 2) (each is mentored by the next)",
      ],
    ]);
  });

  it("13. unknown role value lists the allowed ones", () => {
    expect(errorsOf(csvBytes("name,email,team,role", "Ana,ana@x.io,Core,Boss"))).toEqual([
      [2, "role", "“Boss” is not a role; use one of member, lead, leader, admin (empty means member)"],
    ]);
  });

  it("14. lead without a team", () => {
    expect(errorsOf(csvBytes("name,email,team,role", "Ana,ana@x.io,,lead"))).toEqual([
      [2, "role", "role lead means lead of their own team, but the team is empty"],
    ]);
  });

  it("15. a team listed under two different groups", () => {
    const bytes = csvBytes(
      "name,email,team,group",
      "Ana,a@x.io,Payments,Money",
      "Bo,b@x.io,payments,Money",
      "Cy,c@x.io,Payments,Core",
    );
    expect(errorsOf(bytes)).toEqual([
      [4, "group", "team “Payments” is under group “Money” on line 2 but under “Core” here"],
    ]);
  });

  it("16. a group without a team", () => {
    expect(errorsOf(csvBytes("name,email,team,group", "Ana,a@x.io,,Money"))).toEqual([
      [2, "group", "group “Money” needs a team: people belong to teams, teams to groups"],
    ]);
  });

  it("17. too many and too few fields, with a quoted newline before them", () => {
    const bytes = csvBytes("name,email,team", '"Ana\nLima",a@x.io,Core', "Bo,b@x.io", "Cy,c@x.io,Core,extra");
    expect(errorsOf(bytes)).toEqual([
      [4, "team", "has 2 fields but the header has 3: “team” and later are missing"],
      [5, null, 'has 4 fields but the header has 3 (put a value containing a comma in "double quotes")'],
    ]);
  });

  it("18. an unclosed quote", () => {
    expect(errorsOf(csvBytes("name,email", "Ana,a@x.io", '"Bo,b@x.io', "Cy,c@x.io"))).toEqual([
      [3, "name", 'a quoted value starting here is never closed (a missing ")'],
    ]);
  });

  it("19. a non-UTF-8 file names its first bad line", () => {
    const latin1 = new Uint8Array([
      ...csvBytes("name,email", "Ana,a@x.io"),
      ...[0x4a, 0xe9, 0x2c, 0x6a, 0x40, 0x78, 0x2e, 0x69, 0x6f, 0x0a],
    ]);
    expect(errorsOf(latin1)).toEqual([[3, null, "the file is not UTF-8 text (save it as UTF-8)"]]);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6e, 0x00]);
    expect(errorsOf(utf16)).toEqual([
      [1, null, "the file is UTF-16 text, not UTF-8 (save it as UTF-8, e.g. “CSV UTF-8” in Excel)"],
    ]);
  });

  it("20. demoting the last admin", () => {
    const existing = snapshotWith([buildExistingPerson({ id: "p1", email: "root@x.io", roles: ["admin"] })]);
    expect(errorsOf(csvBytes("name,email,role", "Root,root@x.io,member"), {}, existing)).toEqual([
      [2, "role", "this would remove the last admin (root@x.io); keep role admin for at least one person"],
    ]);
  });

  it("21. two fields mapped to one header", () => {
    expect(errorsOf(csvBytes("name,email", "Ana,a@x.io"), { columns: { name: "email" } })).toEqual([
      [1, "email", "is mapped to both name and email"],
    ]);
  });

  it("keeps reporting every row problem in one pass, sorted by line", () => {
    const report = checkOrgChart(csvBytes("name,email,role", ",bad,king", "Bo,b@x.io,", "Bo,b@x.io,"));
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "name"],
      [2, "email"],
      [2, "role"],
      [4, "email"],
    ]);
    expect(report.errorCount).toBe(4);
  });
});

describe("checkOrgChart — against the organisation", () => {
  it("marks updates and unchanged people, and warns about a deactivated person", () => {
    const existing = snapshotWith(
      [
        buildExistingPerson({ id: "p1", email: "ana@x.io", name: "Ana", teamId: "t1", leadsTeamIds: ["t1"] }),
        buildExistingPerson({ id: "p2", email: "bo@x.io", name: "Bo", status: "deactivated" }),
      ],
      { teams: [{ id: "t1", name: "Core", groupId: null, nextLeadPosition: 1 }] },
    );
    const report = checkOrgChart(
      csvBytes("name,email,team,role", "Ana,ana@x.io,core,lead", "Bo B,bo@x.io,,"),
      {},
      existing,
    );
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => [r.email, r.team, r.role, r.action, r.changes])).toEqual([
      ["ana@x.io", "Core", "lead", "unchanged", []],
      ["bo@x.io", null, "member", "update", ["name"]],
    ]);
    expect(report.warnings).toEqual([
      {
        line: 3,
        column: "email",
        reason: "bo@x.io is deactivated; the import updates them but does not reactivate them",
      },
    ]);
  });
});
