import { expect, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { type ApiUser, signInPage } from "./web-seed.js";
import { ADMIN, serveWithAdmin } from "./web-server.js";

// Dark mode without a flash: a person who picked dark on a light system sees dark from the first
// paint (before the app's script has run), and the diagrams redraw in the theme they pick.
let server: RunningServer;
let admin: ApiUser;
const DARK_BACKGROUND = "rgb(21, 23, 28)";
const LIGHT_BACKGROUND = "rgb(251, 250, 247)";

serveWithAdmin((made) => ({ server, admin } = made));

test("a dark choice paints dark before the app starts, and diagrams follow the choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  const picture = page.getByRole("region", { name: "You are here" }).locator("svg > rect").first();
  await expect(picture).toHaveAttribute("fill", "#fbfaf7");
  // system → light → dark
  await page.getByRole("button", { name: /^Theme: system/ }).click();
  await page.getByRole("button", { name: /^Theme: light/ }).click();
  await expect(page.getByRole("button", { name: /^Theme: dark/ })).toBeVisible();
  await expect(picture).toHaveAttribute("fill", "#15171c");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);

  // Reload with the app's script held back: the page is already dark.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back, so wait only for the answer to start.
  await page.goto(`${server.url}/`, { waitUntil: "commit" });
  await expect
    .poll(() =>
      page
        .evaluate(() => (document.body ? getComputedStyle(document.body).backgroundColor : null))
        // The document may still be arriving.
        .catch(() => null),
    )
    .toBe(DARK_BACKGROUND);
  expect(await page.evaluate(() => document.getElementById("root")?.childElementCount)).toBe(0);
  release();
  await expect(page.getByRole("heading", { level: 1, name: /Hello/ })).toBeVisible();
  await page.unroute(/\/assets\/index-[^/]+\.js$/);

  // Back to following the system, which is light here.
  await page.getByRole("button", { name: /^Theme: dark/ }).click();
  await expect(page.getByRole("button", { name: /^Theme: system/ })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BACKGROUND);
});
