import type { GrantedRole } from "@ascent/core";
import type { Command } from "commander";
import { actorFor } from "../../app/access/actor.js";
import { createAppContext } from "../../app/context/app-context.js";
import { createAccount } from "../../app/identity/accounts/create-account.service.js";
import { listAccounts } from "../../app/identity/accounts/list-accounts.service.js";
import type { Principal } from "../../app/identity/accounts/principal.js";
import type { AuthContext } from "../../app/identity/auth-context.js";
import { createInvitation } from "../../app/identity/invitations/create-invitation.service.js";
import { createPasswordReset } from "../../app/identity/password-resets/create-password-reset.service.js";
import { setPasswordNow } from "../../app/identity/password-resets/set-password.service.js";
import { passwordIssue } from "../../app/identity/passwords/password-policy.js";
import { changeRoles as changeGrantedRoles } from "../../app/identity/roles/change-roles.service.js";
import type { AscentDatabase } from "../../app/operations/open-ascent-database.service.js";
import { deactivatePerson } from "../../app/people/deactivate-person.service.js";
import { erasePerson } from "../../app/people/erase-person.service.js";
import { findPersonByEmail } from "../org/find-person.js";
import { cliAuthContext, cliPrincipal } from "../support/cli-context.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { confirm, readStdinLine, resolveValue } from "../support/prompt.js";
import { isInteractive, note, printJson, printLine } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";
import { emailIssue } from "./init.command.js";

/** Flags every `user` subcommand takes. */
interface UserFlags {
  readonly dataDir?: string;
  readonly as?: string;
  readonly json?: boolean;
  readonly yes?: boolean;
  readonly name?: string;
  readonly password?: string;
  readonly passwordStdin?: boolean;
  readonly grant?: string[];
  readonly revoke?: string[];
}

/** What a subcommand body receives: the database, the admin it acts as, the service contexts. */
interface UserWork {
  readonly database: AscentDatabase;
  readonly ctx: AuthContext;
  readonly principal: Principal;
}

/** Opens the database and finds the admin the CLI acts as, then runs `body`. */
function asAdmin(flags: UserFlags, body: (work: UserWork) => Promise<void>): Promise<void> {
  return withDatabase(flags, async (database, config) => {
    const principal = await cliPrincipal(database.db, flags.as);
    await body({ database, ctx: cliAuthContext(database.db, config), principal });
  });
}

/** A password from --password, --password-stdin or a prompt; null when none is wanted or possible. */
async function passwordFrom(flags: UserFlags, required: boolean): Promise<string | null> {
  if (flags.password !== undefined && flags.passwordStdin) {
    throw new UsageError("give --password or --password-stdin, not both", 2);
  }
  const given = flags.passwordStdin ? await readStdinLine("--password-stdin") : flags.password;
  if (given === undefined && !required) return null;
  return resolveValue(
    given,
    {
      flag: flags.passwordStdin ? "--password-stdin" : "--password",
      question: "Password (10 characters or more)",
      secret: true,
      check: (v) => {
        const issue = passwordIssue(v);
        return issue ? `password ${issue.reason}` : null;
      },
    },
    flags.yes === true,
  );
}

/** Prints a one-time link (stdout: it is the result) and whether it was mailed. */
function showLink(flags: UserFlags, what: string, result: { link: string; expiresAt: string; mailed: boolean }): void {
  if (flags.json) {
    printJson(result);
    return;
  }
  printLine(result.link);
  note(
    `${what}: valid until ${result.expiresAt}${result.mailed ? "; also mailed" : "; hand it over yourself (no SMTP configured)"}`,
  );
}

function checkEmail(email: string): string {
  const issue = emailIssue(email);
  if (issue) throw new UsageError(issue, 2);
  return email.trim().toLowerCase();
}

/** `user list`: everyone with an account or in the org chart, with roles and status. */
async function listUsers(flags: UserFlags): Promise<void> {
  await withDatabase(flags, async (database) => {
    const users = await listAccounts({ db: database.db });
    if (flags.json) printJson(users);
    else
      for (const u of users) printLine(`${u.email}\t${u.name}\t${u.status}\t${u.roles.join(",") || "-"}\t${u.account}`);
  });
}

/** `user create`: an account with a password, now (invitation created and accepted in one go). */
async function createUser(email: string, flags: UserFlags): Promise<void> {
  const address = checkEmail(email);
  await asAdmin(flags, async ({ database, ctx, principal }) => {
    const existing = await findPersonByEmail(database.db, address).catch(() => null);
    if (!existing && !flags.name) {
      throw new UsageError(`--name is required: nobody with ${address} is in the org chart yet`, 2);
    }
    const password = (await passwordFrom(flags, true))!;
    const roles = (flags.grant ?? []) as GrantedRole[];
    const created = await createAccount(ctx, principal, {
      email: address,
      password,
      roles,
      ...(existing ? { personId: existing.id } : { name: flags.name }),
    });
    if (flags.json)
      printJson({ ok: true, email: address, accountId: created.accountId, personId: created.personId, roles });
    else note(`Created the account ${address}${roles.length ? ` (${roles.join(", ")})` : ""}`);
  });
}

/** `user invite`: a one-time link to set a password. */
async function inviteUser(email: string, flags: UserFlags): Promise<void> {
  const address = checkEmail(email);
  await asAdmin(flags, async ({ database, ctx, principal }) => {
    const existing = await findPersonByEmail(database.db, address).catch(() => null);
    if (!existing && !flags.name) {
      throw new UsageError(`--name is required: nobody with ${address} is in the org chart yet`, 2);
    }
    const invitation = await createInvitation(ctx, principal, {
      email: address,
      ...(existing ? { personId: existing.id } : { name: flags.name }),
    });
    showLink(flags, `Invitation for ${address}`, invitation);
  });
}

/** `user reset-password`: a reset link, or with a password given, the new password set at once. */
async function resetPassword(email: string, flags: UserFlags): Promise<void> {
  await asAdmin(flags, async ({ database, ctx, principal }) => {
    const person = await findPersonByEmail(database.db, email);
    if (!person.accountId) throw new UsageError(`${person.email} has no account: invite them (ascent user invite)`, 1);
    const password = await passwordFrom(flags, false);
    if (password === null) {
      showLink(
        flags,
        `Password reset for ${person.email}`,
        await createPasswordReset(ctx, principal, person.accountId),
      );
      return;
    }
    await setPasswordNow(ctx, principal, person.accountId, password);
    if (flags.json) printJson({ ok: true, email: person.email });
    else note(`Set a new password for ${person.email}; their sessions were ended`);
  });
}

const ROLE_NAMES: readonly GrantedRole[] = ["admin", "leader"];

function rolesFlag(values: readonly string[] | undefined, flag: string): GrantedRole[] {
  return (values ?? []).map((v) => {
    if (!(ROLE_NAMES as readonly string[]).includes(v)) {
      throw new UsageError(
        `${flag} ${v}: a granted role is admin or leader (mentor and lead come from the org chart)`,
        2,
      );
    }
    return v as GrantedRole;
  });
}

/** `user role`: grant or withdraw admin and leader. */
async function changeRoles(email: string, flags: UserFlags): Promise<void> {
  const grant = rolesFlag(flags.grant, "--grant");
  const revoke = rolesFlag(flags.revoke, "--revoke");
  await asAdmin(flags, async ({ database, ctx, principal }) => {
    const person = await findPersonByEmail(database.db, email);
    const after = await changeGrantedRoles(ctx, principal, person.id, { grant, revoke });
    if (flags.json) printJson({ email: person.email, roles: after });
    else printLine(`${person.email}: ${after.join(", ") || "no granted role (member)"}`);
  });
}

/** `user deactivate`: offboarding; the record stays, access ends. */
async function deactivateUser(email: string, flags: UserFlags): Promise<void> {
  await asAdmin(flags, async ({ database, principal }) => {
    const person = await findPersonByEmail(database.db, email);
    await deactivatePerson(createAppContext(database.db), actorFor(principal.personId, principal), {
      personId: person.id,
      version: person.version,
    });
    if (flags.json) printJson({ ok: true, email: person.email, status: "deactivated" });
    else note(`Deactivated ${person.name} <${person.email}>: they can no longer sign in; their mentorships ended`);
  });
}

/** `user erase`: removes the person's personal text for good; asks first. */
async function eraseUser(email: string, flags: UserFlags): Promise<void> {
  await asAdmin(flags, async ({ database, principal }) => {
    const person = await findPersonByEmail(database.db, email);
    if (!flags.yes) {
      if (!isInteractive()) throw new UsageError("erasing cannot be undone: pass --yes to confirm", 2);
      const sure = await confirm(
        `Erase ${person.name} <${person.email}>? Their name, email and every text they wrote go for good`,
      );
      if (!sure) {
        note("Nothing was erased.");
        process.exitCode = 1;
        return;
      }
    }
    await erasePerson(createAppContext(database.db), actorFor(principal.personId, principal), {
      personId: person.id,
      version: person.version,
    });
    if (flags.json) printJson({ ok: true, personId: person.id, status: "erased" });
    else note(`Erased ${email}: their place in aggregates stays, anonymously`);
  });
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the flags every subcommand shares. */
function common(command: Command): Command {
  return command
    .option("--as <email>", "the admin account to act as (default: the first admin)")
    .option("--json", "print the result as JSON")
    .option("--data-dir <dir>", DATA_DIR_HELP);
}

/** Registers `ascent user create|invite|reset-password|role|deactivate|erase|list`. */
export function registerUserCommand(program: Command): void {
  const user = program
    .command("user")
    .description("manage accounts: create, invite, reset passwords, roles, deactivate, erase")
    .addHelpText(
      "after",
      `
The CLI acts as an admin of the installation (the first admin, or --as EMAIL); each change is audited.

Examples:
  ascent user list
  ascent user invite dana@example.com --name "Dana Scully"
  echo "$PASSWORD" | ascent user create ops@example.com --name Ops --password-stdin --grant admin
  ascent user role dana@example.com --grant leader
  ascent user erase former@example.com --yes`,
    );
  common(user.command("list").description("list people and their accounts")).action(async (flags: UserFlags) =>
    listUsers(flags),
  );
  common(
    user
      .command("create <email>")
      .description("create an account with a password now (for the org chart's person with that email, or a new one)")
      .option("--name <name>", "their name (when they are not in the org chart yet)")
      .option("--password <password>", "their password (prefer --password-stdin)")
      .option("--password-stdin", "read the password from stdin")
      .option("--grant <role>", "also grant admin or leader (repeatable)", collect)
      .option("-y, --yes", "ask nothing (a missing password is then an error)"),
  )
    .addHelpText(
      "after",
      '\nExamples:\n  ascent user create dana@example.com --name "Dana Scully" --password-stdin < pw.txt',
    )
    .action(async (email: string, flags: UserFlags) => createUser(email, flags));
  common(
    user
      .command("invite <email>")
      .description("create a one-time invitation link (mailed too when SMTP is configured)")
      .option("--name <name>", "their name (when they are not in the org chart yet)"),
  )
    .addHelpText("after", '\nExamples:\n  ascent user invite dana@example.com --name "Dana Scully"')
    .action(async (email: string, flags: UserFlags) => inviteUser(email, flags));
  common(
    user
      .command("reset-password <email>")
      .description("create a password-reset link, or set the password at once with --password(-stdin)")
      .option("--password <password>", "set this password now (prefer --password-stdin)")
      .option("--password-stdin", "read the new password from stdin and set it now"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  ascent user reset-password dana@example.com\n  ascent user reset-password dana@example.com --password-stdin < pw.txt",
    )
    .action(async (email: string, flags: UserFlags) => resetPassword(email, flags));
  common(
    user
      .command("role <email>")
      .description("grant or withdraw the admin and leader roles (shows the roles without flags)")
      .option("--grant <role>", "admin or leader (repeatable)", collect)
      .option("--revoke <role>", "admin or leader (repeatable)", collect),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  ascent user role dana@example.com --grant leader\n  ascent user role ada@example.com --revoke admin",
    )
    .action(async (email: string, flags: UserFlags) => changeRoles(email, flags));
  common(
    user.command("deactivate <email>").description("offboard a person: sign-in and mentorships end, the record stays"),
  )
    .addHelpText("after", "\nExamples:\n  ascent user deactivate dana@example.com")
    .action(async (email: string, flags: UserFlags) => deactivateUser(email, flags));
  common(
    user
      .command("erase <email>")
      .description("erase a person's personal text for good (asks first; --yes when not at a terminal)")
      .option("-y, --yes", "do not ask for confirmation"),
  )
    .addHelpText("after", "\nExamples:\n  ascent user erase former@example.com --yes")
    .action(async (email: string, flags: UserFlags) => eraseUser(email, flags));
}
