import { expect, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues } from "./web-a11y.js";
import { type ApiUser, signInPage } from "./web-seed.js";
import { ADMIN, serveWithAdmin } from "./web-server.js";

// The import preview on a 390 px phone: its wide table scrolls sideways inside its own box (by
// touch or by keyboard), and the page itself never gets wider than the screen.
let server: RunningServer;
let admin: ApiUser;

serveWithAdmin((made) => ({ server, admin } = made));

test("on a phone the import table scrolls inside its box, not the page", async ({ page }) => {
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/admin/import`);
  await page
    .getByLabel("…or paste the CSV")
    .fill(
      [
        "name,email,team,group,mentor,role",
        "Maximiliana Featherstonehaugh-Worthington,maximiliana.featherstonehaugh-worthington@example.test,Platform Reliability Engineering,Infrastructure and Operations,,lead",
        "Noor New,noor-at-example.test,Platform Reliability Engineering,Infrastructure and Operations,maximiliana.featherstonehaugh-worthington@example.test,member",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("alert")).toContainText("1 problem to fix before importing");
  const rows = page.getByRole("region", { name: "The rows of your file" });
  await expect(rows.getByRole("row", { name: /noor-at-example/ })).toBeVisible();
  await expect(page.getByText("swipe or scroll it sideways")).toBeVisible();

  const widths = await page.evaluate(() => {
    const box = document.querySelector<HTMLElement>(".import-table")!.parentElement!;
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      boxScroll: box.scrollWidth,
      boxClient: box.clientWidth,
    };
  });
  expect(widths.page, "the page is no wider than the phone").toBeLessThanOrEqual(widths.viewport);
  expect(widths.boxScroll, "the table is wider than its box, so the box scrolls").toBeGreaterThan(widths.boxClient);

  // Keyboard: the box takes focus and arrow keys scroll it.
  await rows.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => rows.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // Back to the start (after the arrow keys' smooth scroll ends) for the axe scan and the screenshots.
  await page.waitForTimeout(500);
  await rows.evaluate((el) => {
    el.scrollLeft = 0;
    el.blur();
  });
  await expectNoSeriousA11yIssues(page, "import on a phone");

  await rows.scrollIntoViewIfNeeded();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `e2e/screenshots/web-import-phone${scheme === "dark" ? "-dark" : ""}-390x844.png` });
  }
  await page.emulateMedia({ colorScheme: "light" });
});
