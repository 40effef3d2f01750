import { expect, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { startWebApp } from "./web-server.js";

let server: RunningServer;

test.beforeAll(async () => {
  server = await startWebApp();
});

test.afterAll(async () => {
  await server.stop();
});

const ADMIN = { name: "Ada Lovelace", email: "ada@example.test", password: "a long enough sentence" };

test.describe.configure({ mode: "serial" });

test("first run: the path, create the admin, start empty, land on home", async ({ page }) => {
  await page.goto(server.url);
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grow technical leaders");
  await expect(page.getByRole("img", { name: /the path through 8 stages/ })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "first run");
  await screenshots(page, "first-run");

  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create account and continue" }).click();
  await expect(page.getByRole("heading", { name: "Your account is ready" })).toBeVisible();
  await screenshots(page, "first-run-choice");
  await page.getByRole("button", { name: "Start empty" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Hello, Ada" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Self · Awareness" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "home (empty)");
  await screenshots(page, "home-empty");
});

test("a check-in, keyboard only: rate, autosave, confirm, see the new position", async ({ page }) => {
  await signIn(page);
  await page.goto(`${server.url}/check-in`);
  await page.getByRole("button", { name: "Begin the check-in" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/check-in\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 2, name: "Self · Awareness" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "check-in");

  // Stage 1 and 2: established, by keyboard (focus the radio, Space selects it).
  for (const [i, stage] of ["Self · Awareness", "Self · Ownership"].entries()) {
    const heading = page.getByRole("heading", { level: 2, name: stage });
    // Moving to a stage puts focus on its heading, so a screen reader starts reading there.
    if (i > 0) await expect(heading).toBeFocused();
    await page.getByRole("radio", { name: /^Established/ }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("radio", { name: /^Established/ })).toBeChecked();
    await page.getByRole("button", { name: /Next stage/ }).focus();
    await page.keyboard.press("Enter");
  }
  // Stage 3: emerging, and a signal ticked.
  await expect(page.getByRole("heading", { level: 2, name: "Team & system · Awareness" })).toBeFocused();
  await page.getByRole("radio", { name: /^Emerging/ }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("checkbox").first().focus();
  await page.keyboard.press("Space");
  await expect(page.getByText("Draft saved")).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText("2.5 — working on Team & system · Awareness").first()).toBeVisible();
  await screenshots(page, "check-in");

  // Undo puts the tick back, and the change is saved again.
  await page.getByRole("button", { name: "Undo last change" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("checkbox").first()).not.toBeChecked();

  // Straight to the last step from the stepper.
  await page.getByRole("button", { name: "Notes and submit" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Notes (optional)").fill("Helping the new joiners with the deploy pipeline.");
  await page.getByRole("button", { name: "Submit check-in…" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Submit this check-in?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("never changes");
  await expectNoSeriousA11yIssues(page, "submit confirmation");
  await page.screenshot({ path: "e2e/screenshots/web-check-in-confirm-1280.png" });
  await dialog.getByRole("button", { name: "Submit" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check-in submitted" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "position now" })).toContainText("2.5");
  await page.waitForTimeout(1200);
  await screenshots(page, "check-in-submitted");
});

test("home and person page show the place on the path; sign out and back in", async ({ page }) => {
  await signIn(page);
  await expect(page.getByText("2.5 — working on Team & system · Awareness").first()).toBeVisible();
  await expect(page.getByRole("img", { name: /on the path/ })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "home");
  await screenshots(page, "home");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My path" }).click();
  await expect(page.getByRole("heading", { level: 1, name: ADMIN.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Check-in history" })).toBeVisible();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await page.getByLabel("Title").fill("Led the incident review of the March outage");
  await page.getByLabel("Team & system · Awareness").check();
  await page.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByText("Led the incident review of the March outage")).toBeVisible();
  await expectNoSeriousA11yIssues(page, "person page");
  await screenshots(page, "person");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoSeriousA11yIssues(page, "sign in");
  await screenshots(page, "sign-in");
});

test("the app is served with a strict CSP and the API keeps its JSON 404", async ({ request }) => {
  const index = await request.get(`${server.url}/people/someone`);
  expect(index.headers()["content-security-policy"]).toContain("script-src 'self'");
  expect(index.headers()["cache-control"]).toBe("no-cache");
  const missing = await request.get(`${server.url}/api/v1/no-such-route`);
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
});

async function signIn(page: import("@playwright/test").Page) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Hello/ })).toBeVisible();
}
