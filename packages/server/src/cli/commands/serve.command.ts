import type { Command } from "commander";
import { createAppContext } from "../../app/context/app-context.js";
import { digestScheduleFromEnv } from "../../app/digest/digest-schedule.js";
import { type DigestScheduler, startDigestScheduler } from "../../app/digest/digest-scheduler.js";
import { isSetupDone } from "../../app/identity/setup/is-setup-done.service.js";
import { newSecretToken } from "../../app/identity/tokens/secret-token.js";
import { openAscentDatabase } from "../../app/operations/open-ascent-database.service.js";
import { ConfigError, loadConfig } from "../../config/config.js";
import { ASCENT_VERSION } from "../../config/version.js";
import { createServer } from "../../http/create-server.js";
import { isLoopbackHost } from "../../http/loopback.js";
import { mailerFromEnv } from "../../mail/smtp-mailer.js";

/**
 * Opens and migrates the database, starts the server and stops it cleanly on SIGINT/SIGTERM
 * (finishing requests in flight, then closing the database). When the server is reachable from
 * other machines and nobody has set it up yet, prints a one-time setup token: whoever runs the
 * server is the one who can claim the admin account.
 */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const digestSchedule = digestScheduleFromEnv(env);
  const database = await openAscentDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const setupToken =
    !isLoopbackHost(config.host) && !(await isSetupDone({ db: database.db })) ? newSecretToken() : null;
  const mailer = mailerFromEnv(env);
  const app = await createServer({
    db: database.db,
    config,
    mailer,
    setupToken,
    version: ASCENT_VERSION,
    // Structured (pino) JSON lines on stdout; ASCENT_LOG_LEVEL=warn (or silent) quietens them.
    logger: logLevel(env) === "silent" ? false : { level: logLevel(env) as LogLevel, stream: process.stdout },
    // Behind a load balancer the client address is in X-Forwarded-For; only trust it when told to.
    trustProxy: env.ASCENT_TRUST_PROXY === "1" || env.ASCENT_TRUST_PROXY === "true",
  });
  await app.listen({ host: config.host, port: config.port });
  // With mail configured, every instance checks for the week's digest; the database picks one sender.
  const digest: DigestScheduler | null = mailer
    ? startDigestScheduler({
        ctx: createAppContext(database.db),
        mailer,
        schedule: digestSchedule,
        publicUrl: config.publicUrl,
        log: app.log.child({ component: "digest" }),
      })
    : null;
  // Listen for signals before announcing the address: whoever waits for that line may stop us at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`Received ${signal}, finishing requests in flight…\n`);
    await app.close();
    await digest?.stop();
    await database.close();
    mailer?.close?.();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  process.stderr.write(
    `Ascent ${ASCENT_VERSION} is running at http://${host}:${port} (database: ${database.location})\n`,
  );
  if (setupToken) {
    process.stderr.write(
      `First-run setup: open ${config.publicUrl} and enter this one-time setup token:\n\n    ${setupToken}\n\n`,
    );
  }
}

type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace";
const LOG_LEVELS = ["silent", "fatal", "error", "warn", "info", "debug", "trace"];

/** ASCENT_LOG_LEVEL (default info); an unknown value is refused with one line naming the variable. */
function logLevel(env: NodeJS.ProcessEnv): LogLevel | "silent" {
  const level = env.ASCENT_LOG_LEVEL?.trim() || "info";
  if (!LOG_LEVELS.includes(level)) throw new ConfigError("ASCENT_LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}`);
  return level as LogLevel | "silent";
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
  ASCENT_PUBLIC_URL  the URL users reach (cookies are Secure when it is https)
  ASCENT_ALLOWED_HOSTS  more host names to answer to, comma-separated (a proxy's internal name);
                     the public URL's host and localhost, 127.0.0.1, ::1 always are
  ASCENT_SMTP_URL    smtp://… to mail invitations and password resets (else links are copied by hand)
  ASCENT_MAIL_FROM   the From address of those mails
  ASCENT_DIGEST_DAY  weekday of the weekly digest of nudges, mailed when ASCENT_SMTP_URL is set (default monday)
  ASCENT_DIGEST_HOUR hour (UTC) of the weekly digest, 0–23 (default 8)
  ASCENT_TRUST_PROXY 1 behind a reverse proxy, to read client addresses from X-Forwarded-For
  ASCENT_LOG_LEVEL   info (default), warn, error, debug, trace or silent: JSON log lines on stdout

When listening on anything but loopback before the first admin exists, a one-time setup token
is printed here; the first-run page asks for it.

Examples:
  ascent serve
  ASCENT_PORT=8080 ascent serve`,
    )
    .action(async () => {
      await serve();
    });
}
