import { expect, type Page, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import {
  type ApiUser,
  acceptInvitation,
  importOrgChart,
  personIdOf,
  setUpAdmin,
  signInPage,
  submitCheckIn,
} from "./web-seed.js";
import { ADMIN, startWebApp } from "./web-server.js";

// The people directory over more than a thousand people: keyset pages with no one missing or twice,
// the total said as "1,000+", search and filters in the URL (reload, Back), the own and mentor's
// positions apart, and each person's scope: a mentor sees their mentee, a member only themselves.
let server: RunningServer;
let admin: ApiUser;
const PASSWORD = "a long enough password";

const FIRST =
  "Alex Ben Cara Dev Elif Femi Gus Hana Ivo Jun Kai Lena Milo Nora Omar Pia Quinn Rosa Sami Tess Umar Vera Wes Xena Yuki Zoe".split(
    " ",
  );
const LAST =
  "Abbott Baker Chen Diaz Evans Fox Garcia Hall Ito Jones Khan Lopez Mori Novak Okafor Patel Quist Reyes Silva Tanaka Ueda Vogel Wong Xu Young Zhou Adler Brandt Costa Dahl Eze Falk Gomez Haas Ibsen Jansen Kim Lund Moreau".split(
    " ",
  );
const SEEDED = FIRST.length * LAST.length; // 26 × 39 = 1,014
const TEAMS = ["Alpha", "Beta", "Gamma"];

test.beforeAll(async () => {
  server = await startWebApp();
  admin = await setUpAdmin(server.url, ADMIN);
  const rows = ["name,email,team,group,mentor,role"];
  let i = 0;
  for (const first of FIRST) {
    for (const last of LAST) {
      rows.push(`${first} ${last},${first.toLowerCase()}.${last.toLowerCase()}@example.test,${TEAMS[i % 3]},,,member`);
      i += 1;
    }
  }
  await admin.post("/import/org-chart", { csv: rows.join("\n"), invite: false });
  // Two people with places on the path: a mentee with his own view, his mentor with hers.
  const links = await importOrgChart(
    admin,
    [
      "name,email,team,group,mentor,role",
      "Abby Anchor,abby@example.test,Alpha,,,member",
      "Aaron Able,aaron@example.test,Alpha,,abby@example.test,member",
      "Mel Member,mel@example.test,Beta,,,member",
    ].join("\n"),
  );
  const aaron = await acceptInvitation(server.url, links.get("aaron@example.test")!, PASSWORD);
  const abby = await acceptInvitation(server.url, links.get("abby@example.test")!, PASSWORD);
  await acceptInvitation(server.url, links.get("mel@example.test")!, PASSWORD);
  const aaronId = await personIdOf(aaron);
  await submitCheckIn(aaron, aaronId, "self", {
    "self-awareness": "established",
    "self-ownership": "established",
    "team-awareness": "emerging",
  });
  await submitCheckIn(abby, aaronId, "mentor", {
    "self-awareness": "established",
    "self-ownership": "emerging",
  });
});

test.afterAll(async () => {
  await admin?.dispose();
  await server.stop();
});

test.describe.configure({ mode: "serial" });

const names = (page: Page) => page.locator(".directory-row__name").allTextContents();
const count = (page: Page) => page.locator(".directory-count");

test("an admin pages through more than a thousand people: nobody missing, nobody twice", async ({ page }) => {
  const everyone = SEEDED + 4; // the seeded, Abby, Aaron, Mel and the admin
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(count(page)).toHaveText("1–50 of 1,000+");
  expect((await names(page)).slice(0, 3)).toEqual(["Aaron Able", "Abby Anchor", "Ada Admin"]);

  // Own view and mentor's view stay apart, each with what the number means.
  const aaron = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Aaron Able" }) });
  await expect(aaron).toContainText("Own view: working on Team & system · Awareness (2.5)");
  await expect(aaron).toContainText("Mentor's view: working on Self · Ownership (1.5)");
  await expect(aaron.locator("svg.path-marker circle")).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: "Abby Anchor" })).toContainText("No check-in yet");
  await expectNoSeriousA11yIssues(page, "people directory");
  await screenshots(page, "people-directory");

  const seen: string[] = [];
  const pages: string[][] = [];
  for (let n = 0; ; n++) {
    await expect(count(page)).toHaveText(new RegExp(`^${(n * 50 + 1).toLocaleString("en-GB")}–`));
    const rows = await names(page);
    pages.push(rows);
    seen.push(...rows);
    const next = page.getByRole("button", { name: "Next page →" });
    if (await next.isDisabled()) break;
    await next.click();
    if (n === 1) {
      // A page survives a reload: the cursor is in the URL, the way back in the history entry.
      await expect(page).toHaveURL(/cursor=/);
      await expect(count(page)).toHaveText("101–150 of 1,000+");
      await page.reload();
      await expect(count(page)).toHaveText("101–150 of 1,000+");
      await page.getByRole("button", { name: "← Previous page" }).click();
      await expect(count(page)).toHaveText("51–100 of 1,000+");
      expect(await names(page)).toEqual(pages[1]);
      await page.getByRole("button", { name: "Next page →" }).click();
    }
  }
  expect(seen).toHaveLength(everyone);
  expect(new Set(seen).size).toBe(everyone);
  expect(pages).toHaveLength(Math.ceil(everyone / 50));
  expect(pages.at(-1)).toHaveLength(everyone % 50 || 50);
  // The order is the list's own: by name, case-insensitively.
  const key = (name: string) => name.toLowerCase();
  const sorted = [...seen].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  expect(seen).toEqual(sorted);
});

test("search and filters live in the URL: they survive a reload and the way back from a person", async ({ page }) => {
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/people`);
  await page.getByLabel("Search by name").fill("zoe");
  await expect(page).toHaveURL(/q=zoe/);
  await expect(count(page)).toHaveText(`1–${LAST.length} of ${LAST.length}`);
  for (const name of await names(page)) expect(name).toMatch(/^Zoe /);

  await page.reload();
  await expect(page.getByLabel("Search by name")).toHaveValue("zoe");
  await expect(count(page)).toHaveText(`1–${LAST.length} of ${LAST.length}`);
  await page.getByRole("link", { name: "Zoe Abbott", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoe Abbott" })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel("Search by name")).toHaveValue("zoe");
  await expect(page.locator(".directory-row__name").first()).toHaveText("Zoe Abbott");

  // A team: exact counts below a thousand; the stage people work on now.
  await page.getByRole("button", { name: "Clear search and filters" }).first().click();
  await expect(page.getByLabel("Search by name")).toHaveValue("");
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Beta" });
  await expect(page).toHaveURL(/teamId=/);
  await expect(count(page)).toHaveText(`1–50 of ${(SEEDED / 3 + 1).toLocaleString("en-GB")}`);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "All teams" });
  await page.getByLabel("Working on").selectOption({ label: "2. Self · Ownership" });
  await expect(count(page)).toHaveText("1–1 of 1");
  expect(await names(page)).toEqual(["Aaron Able"]);
  // Back undoes the last filter.
  await page.goBack();
  await expect(page.getByLabel("Working on")).toHaveValue("");
  await expect(count(page)).toHaveText("1–50 of 1,000+");

  await page.getByLabel("Search by name").fill("nobody-has-this-name");
  await expect(page.getByRole("heading", { name: "Nobody matches" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "people directory, nobody matches");
});

test("a mentor sees their mentee and themselves; a member sees only themselves", async ({ browser }) => {
  const mentor = await (await browser.newContext()).newPage();
  await signInPage(mentor, server.url, "abby@example.test", PASSWORD);
  await mentor.goto(`${server.url}/people`);
  await expect(mentor.getByText("You, the people you mentor and the people of the teams you lead.")).toBeVisible();
  expect(await names(mentor)).toEqual(["Aaron Able", "Abby Anchor"]);
  await mentor.getByLabel("Search by name").fill("ze");
  await expect(mentor.getByRole("heading", { name: "Nobody matches" })).toBeVisible();
  await mentor.context().close();

  const member = await (await browser.newContext()).newPage();
  await signInPage(member, server.url, "mel@example.test", PASSWORD);
  await member.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(member.getByText("Only you for now")).toBeVisible();
  expect(await names(member)).toEqual(["Mel Member"]);
  await expect(count(member)).toHaveText("1–1 of 1");
  await expect(member.getByLabel("Search by name")).toHaveCount(0);
  await expect(member.getByRole("link", { name: /Manage/ })).toHaveCount(0);
  // The list's answer for a member is the same whatever they ask.
  await member.goto(`${server.url}/people?q=zoe`);
  await expect(member.getByRole("heading", { name: "Nobody matches" })).toBeVisible();
  await member.goto(`${server.url}/people`);
  await expect(member.locator(".directory-row__name")).toHaveText(["Mel Member"]);
  await expectNoSeriousA11yIssues(member, "people directory (member)");
  await screenshots(member, "people-directory-member");
  await member.context().close();
});
