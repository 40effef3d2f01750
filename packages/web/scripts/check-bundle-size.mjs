// Measures the JavaScript a first visit downloads before the app can start: the entry chunk
// named in dist/index.html, its modulepreloads and every chunk they import statically (dynamic
// import() chunks are routes loaded later and do not count), each gzipped with zlib. Fails when
// the total is over the budget.
//
// usage: node packages/web/scripts/check-bundle-size.mjs [--budget-kb 150]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const budgetArg = process.argv.indexOf("--budget-kb");
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 150;

if (!existsSync(join(dist, "index.html"))) {
  console.error("packages/web/dist/index.html is missing: build first (npx vite build packages/web).");
  process.exit(1);
}

const html = readFileSync(join(dist, "index.html"), "utf8");
const entries = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => m[1].replace(/^\//, ""));

// Static imports only: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

const seen = new Map();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  const code = readFileSync(join(dist, file));
  seen.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  for (const match of code.toString("utf8").matchAll(STATIC_IMPORT)) {
    queue.push(posix.normalize(posix.join(posix.dirname(file), match[1])));
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
let total = 0;
for (const [file, size] of seen) {
  total += size.gzip;
  console.log(`  ${file}  ${kb(size.raw)} KB raw, ${kb(size.gzip)} KB gzipped`);
}
const ok = total <= budgetKb * 1024;
console.log(
  `Initial JavaScript: ${kb(total)} KB gzipped (budget ${budgetKb} KB) — ${ok ? "within budget" : "OVER BUDGET"}`,
);
process.exit(ok ? 0 : 1);
