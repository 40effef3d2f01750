// Builds what `ascent` runs: the web app (Vite → packages/web/dist) and the CLI and server bundled
// into packages/server/dist/ascent.js.
// Workspace packages (@ascent/*) are bundled from their TypeScript sources; everything from
// node_modules stays external (native addons such as better-sqlite3 and resvg cannot be bundled).
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { build as viteBuild } from "vite";
import { compressBuild } from "./compress-build.mjs";

const root = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

const externalNodeModules = {
  name: "external-node-modules",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@ascent/") ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  // Code splitting: `ascent --version` loads the small entry only; each command's modules load when
  // that command runs, which keeps the CLI's cold start close to Node's own.
  entryPoints: { ascent: new URL("packages/server/src/cli/main.ts", root).pathname },
  outdir: new URL("packages/server/dist", root).pathname,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["source"],
  sourcemap: true,
  logLevel: "warning",
  define: { __ASCENT_VERSION__: JSON.stringify(version) },
  plugins: [externalNodeModules],
});

// The web app: the server serves packages/web/dist at "/".
await viteBuild({ configFile: new URL("packages/web/vite.config.ts", root).pathname, logLevel: "warn" });
compressBuild(new URL("packages/web/dist", root).pathname);
