#!/usr/bin/env node
// The `ascent` command. The TypeScript sources are bundled into dist/ by `npm run build`
// (which `npm start` and `npm test` run first), so starting the CLI costs one file read.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/ascent.js", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("ascent: not built yet — run `npm run build` in the Ascent folder first.\n");
  process.exit(1);
}
await import(bundle.href);
