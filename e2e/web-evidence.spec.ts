import { expect, type Page, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { type ApiUser, acceptInvitation, importOrgChart, setUpAdmin, signInPage } from "./web-seed.js";
import { ADMIN, startWebApp } from "./web-server.js";

// Evidence on one's own page: narrow the list by words and by stage, edit an item (title, text,
// date, stages, who sees it) with a version conflict shown field by field, delete with a confirmation.
let server: RunningServer;
let admin: ApiUser;
let eve: ApiUser;
let lee: ApiUser;
const PASSWORD = "a long enough password";
type Saved = {
  evidence: { id: string; title: string; body: string; occurredOn: string; stageIds: string[] };
  version: number;
};
const ids: Record<string, string> = {};

test.beforeAll(async () => {
  server = await startWebApp();
  admin = await setUpAdmin(server.url, ADMIN);
  const links = await importOrgChart(
    admin,
    [
      "name,email,team,group,mentor,role",
      "Lee Lead,lee@example.test,Web,Product,,lead",
      "Eve Evidence,eve@example.test,Web,Product,,member",
    ].join("\n"),
  );
  lee = await acceptInvitation(server.url, links.get("lee@example.test")!, PASSWORD);
  eve = await acceptInvitation(server.url, links.get("eve@example.test")!, PASSWORD);
  const add = async (key: string, body: object) => (ids[key] = (await eve.post<Saved>("/evidence", body)).evidence.id);
  await add("review", {
    kind: "incident-review",
    title: "Led the review of the login outage",
    body: "Ran the blameless review and wrote up five follow-ups.",
    occurredOn: "2026-02-10T00:00:00.000Z",
    stageIds: ["team-awareness"],
  });
  await add("decision", {
    kind: "decision-record",
    title: "Queue technology decision",
    body: "Compared three options with the team and recorded why we chose one.",
    occurredOn: "2026-03-15T00:00:00.000Z",
    stageIds: ["team-ownership", "multi-team-awareness"],
  });
  await add("talk", {
    kind: "talk",
    title: "Guild talk on on-call health",
    occurredOn: "2026-01-20T00:00:00.000Z",
    stageIds: ["multi-team-awareness"],
  });
});

test.afterAll(async () => {
  await Promise.all([admin?.dispose(), eve?.dispose(), lee?.dispose()]);
  await server.stop();
});

test.describe.configure({ mode: "serial" });

function evidence(page: Page) {
  return page.getByRole("region", { name: "Evidence" });
}

test("the evidence list narrows by words and by stage", async ({ page }) => {
  await signInPage(page, server.url, "eve@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  const section = evidence(page);
  await expect(section.getByRole("article")).toHaveCount(3);
  await expect(section.getByRole("status").filter({ hasText: "items" })).toHaveText("3 items");

  await section.getByLabel("Find words").fill("outage review");
  await expect(section.getByRole("article")).toHaveCount(1);
  await expect(section.getByRole("article")).toHaveAccessibleName("Led the review of the login outage");
  await expect(section.getByText("1 of 3 shown")).toBeVisible();

  await section.getByLabel("Find words").fill("");
  await section.getByLabel("Stage").selectOption({ label: "5. Multi-team & multi-system · Awareness" });
  await expect(section.getByRole("article")).toHaveCount(2);
  // Newest first.
  await expect(section.getByRole("article").first()).toHaveAccessibleName("Queue technology decision");
  await section.getByLabel("Find words").fill("guild");
  await expect(section.getByRole("article")).toHaveCount(1);
  await section.getByLabel("Find words").fill("guild outage");
  await expect(section.getByRole("article")).toHaveCount(0);
  await expect(section.getByText("Nothing matches")).toBeVisible();
  await section.getByRole("button", { name: "Show all" }).click();
  await expect(section.getByRole("article")).toHaveCount(3);
  await expect(section.getByLabel("Find words")).toHaveValue("");
  await expectNoSeriousA11yIssues(page, "evidence filters");
});

test("editing an item changes its title, text, date, stages and who sees it", async ({ page }) => {
  // By default a lead does not see evidence; the edit widens it for the lead.
  expect(await lee.status(`/evidence/${ids.review}`)).toBe(404);
  await signInPage(page, server.url, "eve@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  const section = evidence(page);
  await section.getByRole("button", { name: "Edit “Led the review of the login outage”" }).click();
  const form = section.getByRole("form", { name: "Edit “Led the review of the login outage”" });
  await expect(form.getByLabel("Title")).toHaveValue("Led the review of the login outage");
  await expect(form.getByLabel("Title")).toBeFocused();
  await expect(form.getByLabel("Date")).toHaveValue("2026-02-10");
  await form.getByLabel("Title").fill("Led the review of the February login outage");
  await form.getByLabel("What happened (optional)").fill("Ran the review; four of five follow-ups are done.");
  await form.getByLabel("Date").fill("2026-02-12");
  await form.getByLabel("Team & system · Ownership").check();
  await form.getByLabel("Team & system · Awareness").uncheck();
  await form.getByLabel("Your lead").selectOption({ label: "Can see it" });
  await expectNoSeriousA11yIssues(page, "evidence edit form");
  await screenshots(page, "evidence-edit");
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(form).toHaveCount(0);
  const item = section.getByRole("article", { name: "Led the review of the February login outage" });
  await expect(item).toContainText("12 February 2026 · Team & system · Ownership");
  await expect(item).toContainText("four of five follow-ups are done");
  await expect(item.getByRole("button", { name: "Edit “Led the review of the February login outage”" })).toBeFocused();
  const saved = await eve.get<Saved>(`/evidence/${ids.review}`);
  expect(saved.version).toBe(2);
  expect(saved.evidence.stageIds).toEqual(["team-ownership"]);
  expect(saved.evidence.occurredOn).toBe("2026-02-12T00:00:00.000Z");
  // The lead now sees it: the sharing choice took effect.
  expect(await lee.status(`/evidence/${ids.review}`)).toBe(200);
});

test("an edit made elsewhere meanwhile is shown field by field, and you choose what to keep", async ({ page }) => {
  await signInPage(page, server.url, "eve@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  const section = evidence(page);
  await section.getByRole("button", { name: "Edit “Queue technology decision”" }).click();
  const form = section.getByRole("form", { name: "Edit “Queue technology decision”" });
  await expect(form.getByLabel("Title")).toHaveValue("Queue technology decision");

  // Another tab saves first.
  const before = await eve.get<Saved>(`/evidence/${ids.decision}`);
  await eve.patch(`/evidence/${ids.decision}`, { version: before.version, title: "Queue decision (from the laptop)" });

  await form.getByLabel("Title").fill("Queue decision: why we chose a log");
  await form.getByRole("button", { name: "Save changes" }).click();
  const conflict = form.getByRole("alert");
  await expect(conflict).toContainText("This evidence changed since you opened it");
  await expect(conflict).toContainText("Nothing you typed is lost");
  const titleRow = conflict.getByRole("row", { name: /^Title/ });
  await expect(titleRow.getByRole("cell").nth(0)).toHaveText("Queue decision (from the laptop)");
  await expect(titleRow.getByRole("cell").nth(1)).toHaveText("Queue decision: why we chose a log");
  await expect(conflict.getByRole("row")).toHaveCount(2);
  await expect(form.getByRole("button", { name: "Save changes" })).toBeDisabled();
  await expectNoSeriousA11yIssues(page, "evidence conflict");
  await screenshots(page, "evidence-conflict");

  // "Use the saved version" puts what is saved into the form and lets you edit from there.
  await conflict.getByRole("button", { name: "Use the saved version" }).click();
  await expect(form.getByLabel("Title")).toHaveValue("Queue decision (from the laptop)");
  await expect(form.getByRole("alert")).toHaveCount(0);

  // Another conflict; this time keep mine.
  const again = await eve.get<Saved>(`/evidence/${ids.decision}`);
  await eve.patch(`/evidence/${ids.decision}`, { version: again.version, body: "Edited on the phone." });
  await form.getByLabel("Title").fill("Queue decision: why we chose a log");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert")).toContainText("This evidence changed since you opened it");
  await form.getByRole("button", { name: "Save mine over it" }).click();
  await expect(form).toHaveCount(0);
  await expect(section.getByRole("article", { name: "Queue decision: why we chose a log" })).toBeVisible();
  const saved = await eve.get<Saved>(`/evidence/${ids.decision}`);
  expect(saved.evidence.title).toBe("Queue decision: why we chose a log");
  // Mine is the whole form: the text the form held replaces the phone's.
  expect(saved.evidence.body).toBe("Compared three options with the team and recorded why we chose one.");
  expect(saved.version).toBe(again.version + 2);
});

test("deleting asks first and says what will happen; keeping it changes nothing", async ({ page }) => {
  await signInPage(page, server.url, "eve@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  const section = evidence(page);
  await section.getByRole("button", { name: "Delete “Guild talk on on-call health”" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this evidence?" });
  await expect(dialog).toContainText("“Guild talk on on-call health” (20 January 2026) will be gone for good");
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expectNoSeriousA11yIssues(page, "delete evidence dialog");
  await screenshots(page, "evidence-delete");
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("article")).toHaveCount(3);
  expect(await eve.status(`/evidence/${ids.talk}`)).toBe(200);
  // Escape keeps it too.
  await section.getByRole("button", { name: "Delete “Guild talk on on-call health”" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("article")).toHaveCount(3);
});

test("a confirmed deletion removes the item for good", async ({ page }) => {
  await signInPage(page, server.url, "eve@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  const section = evidence(page);
  const dialog = page.getByRole("dialog", { name: "Delete this evidence?" });
  await section.getByRole("button", { name: "Delete “Guild talk on on-call health”" }).click();
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("article")).toHaveCount(2);
  await expect(section.getByText("Guild talk on on-call health")).toHaveCount(0);
  expect(await eve.status(`/evidence/${ids.talk}`)).toBe(404);
});
