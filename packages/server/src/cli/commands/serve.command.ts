import type { Command } from "commander";
import { loadConfig } from "../../config/config.js";
import { createServer } from "../../http/create-server.js";
import { ASCENT_VERSION } from "../version.js";

/** Starts the server and stops it cleanly on SIGINT/SIGTERM, finishing requests in flight. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const app = createServer({ version: ASCENT_VERSION, logger: false });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  process.stderr.write(`Ascent ${ASCENT_VERSION} is running at http://${config.host}:${port}\n`);
  const stop = async (signal: string) => {
    process.stderr.write(`Received ${signal}, finishing requests in flight…\n`);
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

/** `ascent serve`: the web app and API (the default command). */
export function registerServeCommand(program: Command): void {
  program
    .command("serve", { isDefault: true })
    .description("serve the web app and API (the default command)")
    .addHelpText(
      "after",
      `
Configuration comes from the environment:
  ASCENT_HOST        address to bind (default 127.0.0.1)
  ASCENT_PORT        port to listen on (default 4810; PORT is honoured too)
  ASCENT_DATA_DIR    folder of the embedded database (default: ~/.local/share/ascent)
  ASCENT_DATABASE_URL  postgres://… to use PostgreSQL instead of SQLite
  ASCENT_PUBLIC_URL  the URL users reach

Examples:
  ascent serve
  ASCENT_PORT=8080 ascent serve`,
    )
    .action(async () => {
      await serve();
    });
}
