/**
 * An app over a real test database (either engine), with a hand-moved clock, a cheap argon2id
 * cost and mail kept in memory unless a test brings its own mailer.
 */
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { afterAll, beforeAll } from "vitest";
import { argon2idHasher, TEST_COST } from "../../app/identity/passwords/password-hasher.js";
import { type AscentConfig, LOOPBACK_HOST_NAMES } from "../../config/config.js";
import { type Mailer, type MailMessage, memoryMailer } from "../../mail/mailer.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import type { Database } from "../../store/schema/database.js";
import { createServer, type ServerLogOptions } from "../create-server.js";
import { TestClient } from "./test-client.js";
import { type TestClock, testClock } from "./test-clock.js";

/** What a test gets. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: AscentDatabase;
  readonly clock: TestClock;
  readonly config: AscentConfig;
  /** Mail sent, when the default memory mailer is used. */
  readonly sent: MailMessage[];
  /** A new cookie-keeping client. */
  client(): TestClient;
}

/** Options of a test app. */
export interface TestAppOptions {
  readonly host?: string;
  readonly publicUrl?: string;
  /** Host names allowed beside the public URL's and loopback's (ASCENT_ALLOWED_HOSTS). */
  readonly allowedHosts?: readonly string[];
  readonly setupToken?: string | null;
  /** A mailer, `null` for none, or left out for the memory mailer. */
  readonly mailer?: Mailer | null;
  /** Log lines to a destination (off when left out). */
  readonly logger?: ServerLogOptions;
  /** Serve over this handle to the database instead of `database.db` (e.g. one with a failing plugin). */
  readonly db?: Kysely<Database>;
}

/** The first admin every test sets up. */
export const ADMIN = { name: "Ada Admin", email: "ada@example.test", password: "correct horse battery" } as const;

/** Builds an app on `database`. */
export async function buildTestApp(database: AscentDatabase, options: TestAppOptions = {}): Promise<TestApp> {
  const clock = testClock();
  const host = options.host ?? "127.0.0.1";
  const publicUrl = options.publicUrl ?? `http://${host.includes(":") ? `[${host}]` : host}:4810`;
  const config: AscentConfig = {
    host,
    port: 4810,
    dataDir: "/nonexistent",
    databaseUrl: null,
    publicUrl,
    allowedHosts: [new URL(publicUrl).hostname, ...LOOPBACK_HOST_NAMES, ...(options.allowedHosts ?? [])],
  };
  const memory = memoryMailer();
  const mailer = options.mailer === null ? undefined : (options.mailer ?? memory);
  const app = await createServer({
    db: options.db ?? database.db,
    config,
    clock,
    mailer,
    hasher: argon2idHasher(TEST_COST),
    setupToken: options.setupToken ?? null,
    version: "9.9.9",
    // API tests run without the web app, whether or not it happens to be built.
    webDistDir: null,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await app.ready();
  return { app, database, clock, config, sent: memory.sent, client: () => new TestClient(app) };
}

/** Runs first-run setup as ADMIN and returns their signed-in client. */
export async function setUpAdmin(test: TestApp): Promise<TestClient> {
  const admin = test.client();
  const response = await admin.post("/api/v1/setup", ADMIN);
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  return admin;
}

/**
 * One app and its signed-in admin for a whole suite: built before the suite's first test, closed
 * after its last. `use` receives them, e.g. `withAdminApp(engine, (made) => ({ test, admin } = made))`.
 */
export function withAdminApp(
  engine: { create(): Promise<AscentDatabase> },
  use: (made: { test: TestApp; admin: TestClient }) => void,
): void {
  let built: TestApp | undefined;
  beforeAll(async () => {
    built = await buildTestApp(await engine.create());
    use({ test: built, admin: await setUpAdmin(built) });
  });
  afterAll(() => built?.app.close());
}
