import { expect, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { startWebApp } from "./web-server.js";

// First run: the admin creates their account and loads the demo organisation (60 people, two years of
// history) in one click, then sees the organisation dashboard; then one of the demo's mentors
// accepts an invitation.
let server: RunningServer;

test.beforeAll(async () => {
  server = await startWebApp();
});

test.afterAll(async () => {
  await server.stop();
});

test.describe.configure({ mode: "serial" });

test("first run → demo organisation → dashboards; then a mentor's home and mentee page", async ({ page }) => {
  await page.goto(`${server.url}/welcome`);
  await page.getByLabel("Your name").fill("Ada Admin");
  await page.getByLabel("Email").fill("ada@example.test");
  await page.getByLabel("Password").fill("a long enough sentence");
  await page.getByRole("button", { name: "Create account and continue" }).click();
  await page.getByRole("button", { name: "Load the demo organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Ada" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { name: "People per stage now" })).toBeVisible();
  await expect(page.getByRole("img", { name: /./ }).first()).toBeVisible();
  await expectNoSeriousA11yIssues(page, "dashboards");
  await screenshots(page, "dashboards");

  // One of the demo's mentors, invited by the admin through the API the admin page uses.
  const csrf = (await page.context().cookies()).find((c) => c.name === "ascent_csrf")?.value ?? "";
  const nudges = await (await page.request.get(`${server.url}/api/v1/dashboards/nudges`)).json();
  const mentorship = nudges.overdueCheckIns[0] ?? nudges.checkInRequests[0];
  expect(mentorship, "the demo has a mentorship with an overdue check-in").toBeTruthy();
  const invitation = await page.request.post(`${server.url}/api/v1/invitations`, {
    headers: { "x-csrf-token": csrf },
    data: { email: "mentor@example.test", personId: mentorship.mentorId },
  });
  expect(invitation.status()).toBe(201);
  const { link } = await invitation.json();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByText("mentor@example.test")).toBeVisible();
  await expectNoSeriousA11yIssues(page, "admin");
  await screenshots(page, "admin");
  await page.getByRole("button", { name: "Sign out" }).click();

  await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByLabel("Password").fill("the mentor's own sentence");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Hello/ })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "mentor home");
  await screenshots(page, "mentor-home");

  await page.goto(`${server.url}/people/${encodeURIComponent(mentorship.menteeId)}`);
  await expect(page.getByRole("heading", { name: "On the path" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Check in with/ })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "mentee page");
  await screenshots(page, "mentee");
});
