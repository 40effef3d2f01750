import { existsSync } from "node:fs";

// The browser tests run the built `ascent` binary; `npm test` builds it first.
export default function globalSetup(): void {
  if (!existsSync("packages/server/dist/ascent.js")) {
    throw new Error("packages/server/dist/ascent.js is missing: run `npm run build` (npm test does it for you).");
  }
}
