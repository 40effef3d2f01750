/**
 * The OpenAPI description built in-process, without a database or a listening port: the source the
 * web app's API types are generated from (scripts/generate-api-types.ts, docs/adr/0010-api-contract.md).
 * It is the very document `/api/openapi.json` serves, because it comes from the same `createServer`.
 */
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from "kysely";
import type { Database } from "../../app/context/app-context.js";
import { createServer } from "../create-server.js";

/**
 * Builds the app over a driver that never connects (routes are registered, none is called) and
 * returns its description. The version and server URL are fixed so the output depends on the
 * schemas alone.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new SqliteIntrospector(kysely),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  const app = await createServer({
    db,
    config: {
      host: "127.0.0.1",
      port: 4810,
      dataDir: "/nonexistent",
      databaseUrl: null,
      publicUrl: "http://127.0.0.1:4810",
      allowedHosts: ["127.0.0.1", "localhost", "::1"],
    },
    version: "0.0.0",
    webDistDir: null,
  });
  try {
    await app.ready();
    return app.swagger() as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}
