import { test } from "@playwright/test";
import { type RunningServer, startAscent } from "./server.js";
import { type ApiUser, setUpAdmin } from "./web-seed.js";

/**
 * The server the web app's browser tests drive: the real `ascent serve` binary (built by `npm test`),
 * serving the web app and the API on a free port with its own empty data directory.
 */
export async function startWebApp(): Promise<RunningServer> {
  return startAscent();
}

/** The first admin of the specs that start from an app with just its admin. */
export const ADMIN = { name: "Ada Admin", email: "ada@example.test", password: "a long enough sentence" } as const;

/**
 * One server for the spec file, with ADMIN set up through the API: started before its first test,
 * stopped after its last. `use` receives both, e.g. `serveWithAdmin((made) => ({ server, admin } = made))`.
 */
export function serveWithAdmin(use: (made: { server: RunningServer; admin: ApiUser }) => void): void {
  let server: RunningServer | undefined;
  let admin: ApiUser | undefined;
  test.beforeAll(async () => {
    server = await startWebApp();
    admin = await setUpAdmin(server.url, ADMIN);
    use({ server, admin });
  });
  test.afterAll(async () => {
    await admin?.dispose();
    await server?.stop();
  });
}
