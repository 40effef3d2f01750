import { type Browser, expect, type Page, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { type ApiUser, acceptInvitation, importOrgChart, personIdOf, signInPage, submitCheckIn } from "./web-seed.js";
import { ADMIN, serveWithAdmin } from "./web-server.js";

// Journeys 3–6 of the web app: each seeds its own people through the API (the org-chart import
// and invitations), then drives the browser as the person the journey is about.
let server: RunningServer;
let admin: ApiUser;
const PASSWORD = "a long enough password";

serveWithAdmin((made) => ({ server, admin } = made));

test.describe.configure({ mode: "serial" });

async function pageAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInPage(page, server.url, email, PASSWORD);
  return page;
}

test("3. a mentor checks in, compares views, records a moment and extends it; the receiver sees it only then", async ({
  page,
  browser,
}) => {
  const links = await importOrgChart(
    admin,
    [
      "name,email,team,group,mentor,role",
      "Mia Mentor,mia@example.test,Mobile,Product,,member",
      "Tom Mentee,tom@example.test,Mobile,Product,mia@example.test,member",
    ].join("\n"),
  );
  const mia = await acceptInvitation(server.url, links.get("mia@example.test")!, PASSWORD);
  const tom = await acceptInvitation(server.url, links.get("tom@example.test")!, PASSWORD);
  const tomId = await personIdOf(tom);
  await submitCheckIn(tom, tomId, "self", {
    "self-awareness": "established",
    "self-ownership": "established",
    "team-awareness": "emerging",
  });

  // The mentor's check-in, with the mentee's own view beside each stage.
  await signInPage(page, server.url, "mia@example.test", PASSWORD);
  await page.goto(`${server.url}/people/${tomId}`);
  await page.getByRole("link", { name: "Check in with Tom" }).click();
  await page.getByRole("button", { name: "Begin the check-in" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Self · Awareness" })).toBeVisible();
  await expect(page.getByText("Their own view").first()).toBeVisible();
  await page.getByRole("radio", { name: /^Established/ }).check();
  await page.getByRole("button", { name: /Next stage/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Self · Ownership" })).toBeVisible();
  await page.getByRole("radio", { name: /^Emerging/ }).check();
  await expect(page.getByText("Draft saved")).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: "Notes and submit" }).click();
  await page.getByRole("button", { name: "Submit check-in…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { name: "Check-in submitted" })).toBeVisible();

  // Both views on the mentee's page, never mixed.
  await page.goto(`${server.url}/people/${tomId}`);
  const views = page.locator(".views");
  await expect(views.locator(".views__item--self dd.num")).toContainText("working on");
  await expect(views.locator(".views__item--mentor dd.num")).toContainText("working on");
  const selfView = await views.locator(".views__item--self dd.num").textContent();
  const mentorView = await views.locator(".views__item--mentor dd.num").textContent();
  expect(selfView).not.toBe(mentorView);

  // Record a moment: variant, ingredients, who will see it.
  await page.getByRole("button", { name: "Record a moment" }).click();
  const form = page.getByRole("form", { name: "Record an Awesome Permission moment" });
  await expect(form).toContainText("Who will see it: only you");
  await form.getByRole("radio", { name: /Instinct of potential/ }).check();
  await form.getByRole("checkbox").first().check();
  await expectNoSeriousA11yIssues(page, "record a moment");
  await screenshots(page, "moment-record");
  await form.getByRole("button", { name: "Save the moment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your moment with Tom Mentee" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Now:" })).toContainText("Aware");
  const momentUrl = page.url();
  const momentId = momentUrl.split("/moments/")[1]!;

  // While aware it is the giver's private note: the receiver gets "not found" and sees nothing.
  const tomPage = await pageAs(browser, "tom@example.test");
  await tomPage.goto(momentUrl);
  await expect(tomPage.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  const hidden = await tom.ctx.get(`${server.url}/api/v1/moments/${momentId}`);
  expect(hidden.status()).toBe(404);
  await tomPage.goto(`${server.url}/me`);
  await expect(tomPage.getByRole("heading", { name: "Awesome Permission" })).toBeVisible();
  await expect(tomPage.getByText("Permission you were given")).toHaveCount(0);

  // The giver follows up and extends it; the date of each step shows.
  await page.getByLabel("Follow-up note").fill("Asked Tom to run the next incident review.");
  await page.getByRole("button", { name: "Add follow-up" }).click();
  await expect(page.getByText("Asked Tom to run the next incident review.")).toBeVisible();
  await page.getByRole("button", { name: "I told them: mark as extended" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Now:" })).toContainText("Extended");
  await expect(page.locator(".moment-step--current")).toContainText("Extended");
  await expect(page.locator(".moment-step--current .meta")).not.toHaveText("not yet");
  await expectNoSeriousA11yIssues(page, "moment (giver)");
  await screenshots(page, "moment-giver");

  // Extended: the receiver sees it, read only.
  await tomPage.goto(`${server.url}/me`);
  await tomPage.getByRole("link", { name: /Permission you were given/ }).click();
  await expect(tomPage.getByRole("heading", { level: 1, name: /Permission/ })).toBeVisible();
  await expect(tomPage.getByText("Asked Tom to run the next incident review.")).toBeVisible();
  await expect(tomPage.getByRole("button", { name: /mark as/ })).toHaveCount(0);
  await expectNoSeriousA11yIssues(tomPage, "moment (receiver)");
  await screenshots(tomPage, "moment-receiver");
  await tomPage.context().close();
  await mia.dispose();
  await tom.dispose();
});

test("4. a lead sees their own team's coverage and calibration gaps, not other teams'", async ({ page }) => {
  const links = await importOrgChart(
    admin,
    [
      "name,email,team,group,mentor,role",
      "Lena Lead,lena@example.test,Platform,Engineering,,lead",
      "Sam Builder,sam@example.test,Platform,Engineering,lena@example.test,member",
      "Dan Lead,dan@example.test,Data,Engineering,,lead",
      "Dee Analyst,dee@example.test,Data,Engineering,dan@example.test,member",
    ].join("\n"),
  );
  const users = new Map<string, ApiUser>();
  for (const [email, link] of links) users.set(email, await acceptInvitation(server.url, link, PASSWORD));
  const seed = async (mentee: string, mentor: string) => {
    const menteeUser = users.get(mentee)!;
    const id = await personIdOf(menteeUser);
    await submitCheckIn(menteeUser, id, "self", {
      "self-awareness": "established",
      "self-ownership": "established",
      "team-awareness": "established",
    });
    await submitCheckIn(users.get(mentor)!, id, "mentor", { "self-awareness": "established" });
  };
  await seed("sam@example.test", "lena@example.test");
  await seed("dee@example.test", "dan@example.test");

  await signInPage(page, server.url, "lena@example.test", PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByText("Dashboards · your team")).toBeVisible();
  const coverage = page.getByRole("region", { name: "Leadership coverage" });
  await expect(coverage.getByRole("rowheader", { name: "Platform" })).toBeVisible();
  await expect(coverage.getByRole("row", { name: /Platform/ })).toContainText("Not yet");
  await expect(coverage.getByRole("rowheader", { name: "Data" })).toHaveCount(0);
  const calibration = page.getByRole("region", { name: "Where views differ" });
  await expect(calibration.getByRole("link", { name: "Sam Builder" })).toBeVisible();
  await expect(calibration.getByRole("link", { name: "Dee Analyst" })).toHaveCount(0);
  await expectNoSeriousA11yIssues(page, "lead dashboards");
  await screenshots(page, "lead-dashboards");
  for (const user of users.values()) await user.dispose();
});

test("5. an admin imports a CSV: a bad row is named by line and reason, nothing is written; fixed, it imports and a new person joins", async ({
  page,
}) => {
  const bad = [
    "name,email,team,group,mentor,role",
    "Iris Import,iris@example.test,Web,Product,,member",
    "Noor New,noor-at-example.test,Web,Product,iris@example.test,member",
  ].join("\n");
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Import from a CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import the org chart" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "import (empty)");

  await page.getByLabel("Upload a CSV file").setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(bad),
  });
  await expect(page.getByRole("alert")).toContainText("1 problem to fix before importing");
  const badRow = page.getByRole("row", { name: /noor-at-example/ });
  await expect(badRow.getByRole("rowheader")).toHaveText("3");
  await expect(badRow).toContainText("Line 3, email:");
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  await expectNoSeriousA11yIssues(page, "import preview with an error");
  await screenshots(page, "import-errors");

  // Fixed in place: a new check, and every row is still to be added (nothing was written).
  await page.getByLabel("…or paste the CSV").fill(bad.replace("noor-at-example.test", "noor@example.test"));
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file is clean" })).toContainText("2 people — 2 to add");
  await expect(page.getByRole("row", { name: /Iris Import/ })).toContainText("Add");
  await screenshots(page, "import-clean");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "people added" })).toContainText("2 people added");
  await expectNoSeriousA11yIssues(page, "import summary");
  await screenshots(page, "import-done");
  const link = await page
    .getByRole("listitem")
    .filter({ hasText: "noor@example.test" })
    .locator(".link-box")
    .textContent();
  expect(link).toContain("/invitation#token=");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(link!.replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByLabel("Password").fill("Noor's own long sentence");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Noor" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await signInPage(page, server.url, "noor@example.test", "Noor's own long sentence");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Noor" })).toBeVisible();
});

test("6. a member who edits the URL to another member's page gets 'not found'", async ({ page }) => {
  const result = await admin.post<{ invitations: { email: string; personId: string; link: string }[] }>(
    "/import/org-chart",
    {
      csv: ["name,email,team", "Max Member,max@example.test,Web", "Mo Member,mo@example.test,Web"].join("\n"),
      invite: true,
    },
  );
  const max = result.invitations.find((i) => i.email === "max@example.test")!;
  const mo = result.invitations.find((i) => i.email === "mo@example.test")!;
  const maxUser = await acceptInvitation(server.url, max.link, PASSWORD);
  await signInPage(page, server.url, "max@example.test", PASSWORD);
  await page.goto(`${server.url}/people/${mo.personId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByText("Mo Member")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Go to your home page" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "not found");
  await screenshots(page, "not-found");
  // A missing person reads exactly the same.
  await page.goto(`${server.url}/people/no-such-person`);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await maxUser.dispose();
});
