import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe on the page, in light and in dark mode, and fails on any serious or critical violation, naming them. */
export async function expectNoSeriousA11yIssues(page: Page, where: string): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Diagrams redraw for the theme; let React finish before looking.
    await page.waitForTimeout(150);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const summary = bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
    expect(summary, `${where} (${scheme}): serious or critical accessibility violations`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/**
 * Screenshots at 1280×800 and 390×844 into e2e/screenshots/web-<name>-<width>.png, then the same in
 * dark mode (prefers-color-scheme: dark) as web-<name>-dark-<width>.png.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const suffix = scheme === "dark" ? "-dark" : "";
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(250);
    await page.screenshot({ path: `e2e/screenshots/web-${name}${suffix}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(250);
    await page.screenshot({ path: `e2e/screenshots/web-${name}${suffix}-390.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });
}
