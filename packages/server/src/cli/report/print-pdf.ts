/**
 * PDF through a headless Chromium printing the self-contained HTML: no new dependency, and the
 * PDF looks exactly like the HTML report. Chromium is found at ASCENT_CHROMIUM or the usual paths.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "../usage-error.js";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** The Chromium binary to print with, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.ASCENT_CHROMIUM?.trim();
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Prints `html` to PDF bytes; a missing Chromium or a failed print is one clear line. */
export function htmlToPdf(html: string): Buffer {
  const chromium = findChromium();
  if (!chromium) {
    throw new UsageError(
      "--format pdf needs Chromium (set ASCENT_CHROMIUM to its path); use --format html and print it",
      1,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "ascent-report-"));
  try {
    const page = join(dir, "report.html");
    const pdf = join(dir, "report.pdf");
    writeFileSync(page, html);
    const result = spawnSync(
      chromium,
      [
        "--headless",
        "--disable-gpu",
        // Containers run as root without user namespaces; the page is our own HTML with no scripts.
        "--no-sandbox",
        "--no-first-run",
        "--no-pdf-header-footer",
        `--user-data-dir=${join(dir, "profile")}`,
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ],
      { encoding: "utf8", timeout: 90_000 },
    );
    if (!existsSync(pdf)) {
      const reason = (result.error?.message ?? result.stderr.trim().split("\n").at(-1)) || `exit ${result.status}`;
      throw new UsageError(`Chromium could not print the report: ${reason}`, 1);
    }
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
