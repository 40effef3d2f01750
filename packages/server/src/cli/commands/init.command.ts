import type { Command } from "commander";
import { passwordIssue } from "../../app/identity/passwords/password-policy.js";
import { isSetupDone } from "../../app/identity/setup/is-setup-done.service.js";
import { runSetup } from "../../app/identity/setup/run-setup.service.js";
import { loadDemoIntoEmptyDatabase } from "../../app/organisation/load-demo-into-empty-database.service.js";
import { cliAuthContext } from "../support/cli-context.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { confirm, readStdinLine, resolveValue } from "../support/prompt.js";
import { errColours, isInteractive, note, printJson } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";

/** Flags of `ascent init`. */
interface InitFlags {
  readonly dataDir?: string;
  readonly adminEmail?: string;
  readonly adminName?: string;
  readonly adminPassword?: string;
  readonly adminPasswordStdin?: boolean;
  readonly organisation?: string;
  readonly demo?: boolean;
  readonly yes?: boolean;
  readonly json?: boolean;
}

/** A plausible address: something@something, no spaces. Delivery is the real test. */
export function emailIssue(email: string): string | null {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? null : `"${email}" is not an email address`;
}

/** The admin's details, from flags, stdin or prompts; validated before anything is written. */
async function adminDetails(flags: InitFlags) {
  const yes = flags.yes === true;
  const email = await resolveValue(
    flags.adminEmail,
    { flag: "--admin-email", question: "Admin email", check: emailIssue },
    yes,
  );
  const name = await resolveValue(
    flags.adminName,
    { flag: "--admin-name", question: "Admin name", check: (v) => (v.trim() ? null : "must not be empty") },
    yes,
  );
  if (flags.adminPassword !== undefined && flags.adminPasswordStdin) {
    throw new UsageError("give --admin-password or --admin-password-stdin, not both", 2);
  }
  const given = flags.adminPasswordStdin ? await readStdinLine("--admin-password-stdin") : flags.adminPassword;
  const checkPassword = (v: string) => {
    const issue = passwordIssue(v);
    return issue ? `password ${issue.reason}` : null;
  };
  const password = await resolveValue(
    given,
    {
      flag: flags.adminPasswordStdin ? "--admin-password-stdin" : "--admin-password",
      question: "Admin password (10 characters or more)",
      secret: true,
      check: checkPassword,
    },
    yes,
  );
  const organisation = await resolveValue(
    flags.organisation,
    { flag: "--organisation", question: "Organisation name", defaultValue: "Our organisation" },
    yes,
  );
  return { email: email.trim(), name: name.trim(), password, organisation };
}

/** Whether to load the demo: the flag when given; else asked on a terminal; else no. */
async function wantsDemo(flags: InitFlags): Promise<boolean> {
  if (flags.demo !== undefined) return flags.demo;
  if (flags.yes || !isInteractive()) return false;
  return confirm("Load the demo organisation (about 60 people with two years of history)?");
}

/**
 * `ascent init`: creates the database (or brings it to the latest schema), then the first admin
 * and, optionally, the demo organisation. Running it again on a set-up database only migrates.
 */
export async function runInit(flags: InitFlags): Promise<void> {
  await withDatabase(
    flags,
    async (database, config) => {
      const ctx = cliAuthContext(database.db, config);
      if (await isSetupDone(ctx)) {
        if (flags.adminEmail || flags.adminPassword || flags.adminPasswordStdin || flags.demo) {
          throw new UsageError(`${database.location} is already set up: its admin exists (use \`ascent user\`)`, 1);
        }
        if (flags.json) printJson({ ok: true, location: database.location, created: false });
        else note(`${database.location} is already set up; its schema is up to date.`);
        return;
      }
      const admin = await adminDetails(flags);
      const demo = await wantsDemo(flags);
      // The demo is loaded into the empty database first: loading refuses a database that holds anyone.
      if (demo) {
        if (!(await loadDemoIntoEmptyDatabase(database.db))) {
          throw new UsageError("--demo: the database already holds an organisation", 1);
        }
      }
      const result = await runSetup(ctx, {
        name: admin.name,
        email: admin.email,
        password: admin.password,
        organisationName: admin.organisation,
      });
      if (flags.json) {
        printJson({
          ok: true,
          location: database.location,
          created: true,
          admin: { email: admin.email, ...result },
          demo,
        });
        return;
      }
      const c = errColours;
      note(`${c.green("✓")} Ascent is set up in ${database.location}`);
      note(`  admin: ${admin.name} <${admin.email.toLowerCase()}>${demo ? "; demo organisation loaded" : ""}`);
      note(`  next: ${c.bold("ascent serve")}, then open ${config.publicUrl}`);
    },
    "create",
  );
}

/** Registers `ascent init`. */
export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description("create the database, the first admin and, optionally, the demo organisation")
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .option("--admin-email <email>", "the first admin's email (their sign-in)")
    .option("--admin-name <name>", "the first admin's name")
    .option(
      "--admin-password <password>",
      "the first admin's password (prefer --admin-password-stdin: argv is visible to others)",
    )
    .option("--admin-password-stdin", "read the admin password from stdin")
    .option("--organisation <name>", "the organisation's name", undefined)
    .option("--demo", "also load the demo organisation")
    .option("--no-demo", "do not load the demo organisation (and do not ask)")
    .option("-y, --yes", "take defaults and ask nothing (a missing required value is then an error)")
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      `
Asks for what is missing when run at a terminal; otherwise every value comes from its flag.
Running it again on a database that is set up only brings its schema up to date.

Examples:
  ascent init
  ascent init --data-dir ./ascent-data --admin-email ada@example.com --admin-name "Ada Lovelace" \\
    --admin-password-stdin --demo --yes < password.txt
  ASCENT_DATABASE_URL=postgres://ascent@db/ascent ascent init --yes --admin-email … --admin-name … --admin-password-stdin`,
    )
    .action(async (flags: InitFlags) => {
      await runInit(flags);
    });
}
