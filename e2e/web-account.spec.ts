import { expect, request, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { type ApiUser, signInPage } from "./web-seed.js";
import { ADMIN, serveWithAdmin } from "./web-server.js";

// Your account, from the account menu: API tokens (create with a scope, the secret shown once with
// a copy button, revoke) and changing your password (errors beside the field they are about).
let server: RunningServer;
let admin: ApiUser;

serveWithAdmin((made) => ({ server, admin } = made));

test.describe.configure({ mode: "serial" });

async function withToken(token: string) {
  return request.newContext({ extraHTTPHeaders: { authorization: `Bearer ${token}`, origin: server.url } });
}

test("the account menu leads to the account pages", async ({ page }) => {
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  const menu = page.getByRole("button", { name: /your account/ });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(ADMIN.email)).toBeVisible();
  await expectNoSeriousA11yIssues(page, "account menu open");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await menu.click();
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await page.getByRole("link", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
  // On a phone the menu shows initials only, and keeps its name.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("button", { name: /Ada Admin.*your account/ })).toBeVisible();
});

test("an API token is shown once with a copy button, works with its scope, and stops when revoked", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/account/api-tokens`);
  await expect(page.getByText("No tokens in use")).toBeVisible();

  // A name is required, and the error shows beside it.
  await page.getByLabel("What it is for").fill("   ");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("What it is for")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("What it is for").fill("Monthly pipeline report");
  await page.getByRole("radio", { name: /^Read only/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const panel = page.getByRole("region", { name: "Copy your new token now" });
  await expect(panel).toContainText("This is the only time Ascent shows “Monthly pipeline report”");
  const token = await panel.getByLabel("The token").inputValue();
  expect(token).toMatch(/^asc_/);
  await panel.getByRole("button", { name: "Copy the token" }).click();
  await expect(panel.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expectNoSeriousA11yIssues(page, "new token");
  await screenshots(page, "api-token-created");

  // The token reads, as this account; read only, it cannot write.
  const script = await withToken(token);
  const me = await script.get(`${server.url}/api/v1/me`);
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(ADMIN.email);
  const write = await script.post(`${server.url}/api/v1/evidence`, {
    data: { kind: "note", title: "From a script", occurredOn: "2026-01-01T00:00:00.000Z" },
  });
  expect(write.status()).toBe(403);

  // Once dismissed, the secret is gone from the page; the list shows the token without it.
  await panel.getByRole("button", { name: "I have copied it" }).click();
  await expect(page.getByText(token)).toHaveCount(0);
  const inUse = page.getByRole("list", { name: "Tokens in use" });
  const row = inUse.getByRole("listitem").filter({ hasText: "Monthly pipeline report" });
  await expect(row).toContainText("Read only");
  await expect(row).toContainText("never used yet");

  // A read-and-write token can write.
  await page.getByLabel("What it is for").fill("Evidence importer");
  await page.getByRole("radio", { name: /^Read and write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const writer = await withToken(await panel.getByLabel("The token").inputValue());
  await panel.getByRole("button", { name: "I have copied it" }).click();
  const written = await writer.post(`${server.url}/api/v1/evidence`, {
    data: { kind: "note", title: "From a script", occurredOn: "2026-01-01T00:00:00.000Z" },
  });
  expect(written.status()).toBe(201);
  await expect(inUse.getByRole("listitem").filter({ hasText: "Evidence importer" })).toContainText("Read and write");
  await screenshots(page, "api-tokens");

  // Revoking asks first, then the token stops working at once.
  await row.getByRole("button", { name: "Revoke “Monthly pipeline report”" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke this token?" });
  await expect(dialog).toContainText("Scripts using “Monthly pipeline report” stop working at once");
  await dialog.getByRole("button", { name: "Revoke it" }).click();
  await expect(dialog).toBeHidden();
  await expect(inUse.getByRole("listitem").filter({ hasText: "Monthly pipeline report" })).toHaveCount(0);
  await expect(page.getByText("Revoked tokens (1)")).toBeVisible();
  expect((await script.get(`${server.url}/api/v1/me`)).status()).toBe(401);
  expect((await writer.get(`${server.url}/api/v1/me`)).status()).toBe(200);
  await expectNoSeriousA11yIssues(page, "api tokens");
  await script.dispose();
  await writer.dispose();
});

test("changing the password shows problems in place, then works, and the old one stops", async ({ page }) => {
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/account/password`);
  const current = page.getByLabel("Current password");
  const next = page.getByLabel("New password", { exact: true });
  const repeat = page.getByLabel("New password again");

  // Checked in the browser: too short, and not repeated the same.
  await current.fill(ADMIN.password);
  await next.fill("short");
  await repeat.fill("shorter");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(next).toHaveAttribute("aria-invalid", "true");
  await expect(next).toBeFocused();
  await expect(next).toHaveAccessibleDescription(/Use at least 10 characters/);
  await expect(repeat).toHaveAccessibleDescription(/does not match/);

  // Checked by the server: the current password is wrong.
  await current.fill("not my password at all");
  await next.fill("a brand new sentence here");
  await repeat.fill("a brand new sentence here");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription("That is not your current password.");
  await expect(current).toBeFocused();
  await expect(next).not.toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yIssues(page, "password errors");
  await screenshots(page, "password-errors");

  await current.fill(ADMIN.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toBeVisible();
  await expect(current).toHaveValue("");
  // Still signed in here.
  await page.goto(`${server.url}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Ada" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await signInPage(page, server.url, ADMIN.email, "a brand new sentence here");
});
