import { expect, test } from "@playwright/test";
import { type RunningServer, startAscent } from "./server.js";

let server: RunningServer;

test.beforeAll(async () => {
  server = await startAscent();
});

test.afterAll(async () => {
  await server.stop();
});

test("the welcome page says what Ascent is and what is coming", async ({ page }) => {
  await page.goto(server.url);
  await expect(page).toHaveTitle(/Ascent/);
  await expect(page.getByRole("heading", { level: 1, name: "Ascent" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Coming soon" })).toBeVisible();
  // The signature path is drawn and labelled for screen readers.
  await expect(page.getByRole("img", { name: /The path/ })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/welcome-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "e2e/screenshots/welcome-390.png", fullPage: true });
});
