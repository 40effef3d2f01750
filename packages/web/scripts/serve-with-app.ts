// A stand-in for `ascent serve` while the web-app plugin is not yet registered in the server:
// the real createServer (real API, real database) plus registerWebApp. Browser tests use it only
// when the built binary does not serve the app (see e2e/web-server.ts).
//
// usage: node --conditions=source --import tsx packages/web/scripts/serve-with-app.ts
//   ASCENT_PORT, ASCENT_DATA_DIR as for `ascent serve`; ASCENT_WEB_DEMO=1 loads the demo organisation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { loadDemoForTest } from "../../server/src/app/testing/load-demo.fixture.js";
import { loadConfig } from "../../server/src/config/config.js";
import { createServer } from "../../server/src/http/create-server.js";
import { openDatabase } from "../../server/src/store/engine/open-database.js";
import { migrateToLatest } from "../../server/src/store/migrations/migrate-to-latest.js";
import { ensurePrivateNoteTable } from "../../server/src/store/queries/private-note.migration.js";
import { locateWebDist } from "../../server/src/web-app/locate-web-dist.js";
import { registerWebApp, WEB_APP_CSP } from "../../server/src/web-app/web-app.plugin.js";

const config = loadConfig(process.env);
const database = await openDatabase({ dataDir: config.dataDir });
await migrateToLatest(database);
// Interim, as in the server's own test app: private notes have no registered migration yet.
await ensurePrivateNoteTable(database.db as Kysely<unknown>);
if (process.env.ASCENT_WEB_DEMO === "1") await loadDemoForTest(database.db);
const app = await createServer({ db: database.db, config, logger: false });
const dist = locateWebDist();
if (!dist || !(await registerWebApp(app, { distDir: dist }))) throw new Error("Build the web app first");
// "/" still belongs to the pre-app welcome page in createServer: answer the app there instead.
const index = readFileSync(join(dist, "index.html"));
app.addHook("onRequest", async (request, reply) => {
  if (request.method === "GET" && (request.url === "/" || request.url.startsWith("/?"))) {
    return reply
      .header("content-security-policy", WEB_APP_CSP)
      .header("cache-control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(index);
  }
});
await app.listen({ host: config.host, port: config.port });
process.stderr.write(`Ascent (with the web app) at http://${config.host}:${config.port}\n`);
const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
