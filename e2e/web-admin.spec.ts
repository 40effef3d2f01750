import { type Browser, expect, type Page, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { type ApiUser, acceptInvitation, signInPage } from "./web-seed.js";
import { ADMIN, serveWithAdmin } from "./web-server.js";

// The admin area: people (add with an invitation, edit with a version conflict, roles, offboarding),
// teams and groups, mentorships, settings and the privacy page, and the framework upload. Each test
// seeds its own people through the API; the framework test runs last, as it replaces the framework.
let server: RunningServer;
let admin: ApiUser;
const PASSWORD = "a long enough password";

type Created = { person: { id: string; name: string; version: number }; invitation: { link: string } | null };

serveWithAdmin((made) => ({ server, admin } = made));

test.describe.configure({ mode: "serial" });

async function signedInAs(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInPage(page, server.url, email, password);
  return page;
}

const addPerson = (name: string, email: string, extra: object = {}) =>
  admin.post<Created>("/people", { name, email, ...extra });

test("an admin adds a person with an invitation; the link is copied, accepted, and the invitee signs in", async ({
  page,
  browser,
}) => {
  await admin.post("/teams", { name: "Platform" });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "admin overview");
  await screenshots(page, "admin-overview");

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "People" }).click();
  await page.getByRole("button", { name: "New person" }).click();
  const form = page.getByRole("region", { name: "Add a person" });
  // An address that is already taken is named on its field, and nothing is added.
  await form.getByLabel("Name", { exact: true }).fill("Iva Invitee");
  await form.getByLabel("Email", { exact: true }).fill(ADMIN.email);
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator(".error-text")).toBeVisible();

  await form.getByLabel("Email", { exact: true }).fill("iva@example.test");
  await form.getByLabel("Title", { exact: true }).fill("Staff engineer");
  await form.getByLabel("Team", { exact: true }).selectOption({ label: "Platform" });
  await form.getByRole("checkbox", { name: /^Leader/ }).check();
  await expect(form.getByRole("checkbox", { name: /^Invite them now/ })).toBeChecked();
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toContainText("Added Iva Invitee to Platform.");
  const link = (await page.locator(".link-box").textContent()) ?? "";
  expect(link).toContain("/invitation#token=");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectNoSeriousA11yIssues(page, "admin person added");
  await screenshots(page, "admin-people-added");

  const created = await admin.get<{ people: { name: string; roles: string[]; team: { name: string } }[] }>(
    "/people?q=iva",
  );
  expect(created.people).toEqual([expect.objectContaining({ name: "Iva Invitee", roles: ["leader"] })]);

  // The invitee opens the link in their own browser, chooses a password, is in — and can sign in again.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await invitee.getByLabel("Password").fill("Iva's very own sentence");
  await invitee.getByRole("button", { name: "Join" }).click();
  await expect(invitee.getByRole("heading", { level: 1, name: "Hello, Iva" })).toBeVisible();
  await signInPage(invitee, server.url, "iva@example.test", "Iva's very own sentence");
  // A leader sees the whole organisation in the directory, but no Admin link.
  await invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(invitee.getByText("Everyone in the organisation.")).toBeVisible();
  await expect(invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await invitee.goto(`${server.url}/admin/people`);
  await expect(invitee.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await invitee.context().close();
});

test("an edit made while another tab changed the person shows the conflict, and nothing typed is lost", async ({
  page,
}) => {
  const { person } = await addPerson("Cleo Conflict", "cleo@example.test");
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/admin/people/${person.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Cleo Conflict" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Principal engineer");

  // Another tab renames her and saves first.
  const other = await page.context().newPage();
  await other.goto(`${server.url}/admin/people/${person.id}`);
  await other.getByLabel("Name", { exact: true }).fill("Cleo Changed");
  await other.getByRole("button", { name: "Save details" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await other.close();

  await page.getByRole("button", { name: "Save details" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "changed while you were editing" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /^Name/ })).toContainText("Cleo Changed");
  await expect(conflict.getByRole("row", { name: /^Name/ })).toContainText("Cleo Conflict");
  await expect(conflict.getByRole("row", { name: /^Title/ })).toContainText("Principal engineer");
  // Nothing typed is lost, and nothing was overwritten yet.
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Principal engineer");
  expect((await admin.get<{ name: string; title: string }>(`/people/${person.id}`)).title).toBe("");
  await expectNoSeriousA11yIssues(page, "person edit conflict");
  await screenshots(page, "admin-person-conflict");

  // Take the saved name, keep the typed title.
  await conflict.getByRole("button", { name: "Use the saved version" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Cleo Changed");
  await page.getByLabel("Title", { exact: true }).fill("Principal engineer");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await admin.get(`/people/${person.id}`)).toMatchObject({ name: "Cleo Changed", title: "Principal engineer" });

  // Roles, then offboarding with a confirmation that says what happens.
  await page.getByRole("checkbox", { name: /^Admin/ }).check();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Roles saved" })).toContainText("admin");
  await page.getByRole("button", { name: "Deactivate Cleo Changed…" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Cleo Changed?" });
  await expect(dialog).toContainText("can no longer sign in");
  await expectNoSeriousA11yIssues(page, "deactivate dialog");
  await dialog.getByRole("button", { name: "Not yet" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Deactivate Cleo Changed…" }).click();
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.locator(".page-head .tag")).toHaveText("Deactivated");
  expect((await admin.get<{ status: string }>(`/people/${person.id}`)).status).toBe("deactivated");
});

test("erasing a person at their request removes their personal text for good, after a confirmation that says so", async ({
  page,
}) => {
  const { person, invitation } = await addPerson("Erin Erase", "erin@example.test", { invite: true });
  const erin = await acceptInvitation(server.url, invitation!.link, PASSWORD);
  const marker = "erin-private-marker-7f3a";
  await erin.post("/evidence", {
    kind: "note",
    title: `Postmortem ${marker}`,
    body: `What I learned ${marker}`,
    occurredOn: "2026-03-01T00:00:00.000Z",
  });

  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/admin/people/${person.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Erin Erase" })).toBeVisible();
  await page.getByRole("button", { name: "Erase Erin Erase…" }).click();
  const dialog = page.getByRole("dialog", { name: "Erase Erin Erase for good?" });
  await expect(dialog).toContainText("This cannot be undone.");
  await expect(dialog).toContainText("stay in the organisation's numbers");
  await expectNoSeriousA11yIssues(page, "erase dialog");
  await screenshots(page, "admin-erase-dialog");
  await dialog.getByRole("button", { name: "Erase for good" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Erase Erin Erase…" })).toHaveCount(0);

  // Gone for good: no name in the record or the directory, and no way back in.
  const record = await admin.get<{ status: string; name: string; email: string }>(`/people/${person.id}`);
  expect(record.status).toBe("erased");
  expect(record.name).not.toContain("Erin");
  expect((await admin.get<{ people: unknown[] }>("/people?q=erin")).people).toEqual([]);
  expect(await erin.status("/me")).toBe(401);
  const again = await erin.ctx.post(`${server.url}/api/v1/auth/login`, {
    data: { email: "erin@example.test", password: PASSWORD },
  });
  expect(again.status()).toBe(401);

  // Their words are nowhere: the organisation export (allowed for a moment by the admin-read policy)
  // still has their place, but not the evidence they wrote.
  const setPolicy = async (adminMayReadPrivateContent: boolean) => {
    const now = await admin.get<{ version: number; privacyPolicy: { text: string } }>("/organisation/settings");
    await admin.put("/organisation/settings", {
      version: now.version,
      privacyPolicy: { text: now.privacyPolicy.text, adminMayReadPrivateContent },
    });
  };
  await setPolicy(true);
  const exported = await admin.ctx.get(`${server.url}/api/v1/organisation/export`);
  expect(exported.status()).toBe(200);
  const document = await exported.text();
  expect(document).toContain(person.id);
  expect(document).not.toContain(marker);
  expect(document).not.toContain("Erin Erase");
  await setPolicy(false);
  await erin.dispose();
});

test("teams: create a team and a group, add a member, make a lead — and the lead sees the team", async ({
  page,
  browser,
}) => {
  const lara = await addPerson("Lara Lead", "lara@example.test", { invite: true });
  await addPerson("Tim Teammate", "tim@example.test");
  await addPerson("Omar Outsider", "omar@example.test");
  await admin.post("/teams", { name: "Empty corner" });
  await acceptInvitation(server.url, lara.invitation!.link, PASSWORD);

  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/admin/teams`);
  await page.getByLabel("Group name").fill("Commerce");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Commerce" })).toBeVisible();

  await page.getByLabel("Team name").fill("Payments");
  await page.getByLabel("In group").selectOption({ label: "Commerce" });
  await page.getByRole("button", { name: "Create team" }).click();
  const payments = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Payments" }) });
  await expect(payments.getByText("Commerce · 0 people · no lead")).toBeVisible();

  // The new team opens for changes: add two people, make one the lead.
  for (const [typed, name] of [
    ["Tim", "Tim Teammate"],
    ["lara@", "Lara Lead"],
  ] as const) {
    await payments.getByLabel("Add someone to Payments").fill(typed);
    await payments.getByRole("button", { name: new RegExp(`^${name}`) }).click();
    await payments.getByRole("button", { name: "Add to Payments" }).click();
    await expect(payments.getByRole("status")).toHaveText(`${name} joined Payments.`);
  }
  await payments.getByRole("button", { name: "Make lead: Lara Lead" }).click();
  await expect(payments.getByRole("status")).toHaveText("Lara Lead now leads Payments.");
  await expect(payments.getByText("Commerce · 2 people · led by Lara Lead")).toBeVisible();
  await expectNoSeriousA11yIssues(page, "teams with a team open");
  await screenshots(page, "admin-teams");

  // An empty team can be deleted, after saying what happens.
  const empty = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Empty corner" }) });
  await expect(payments.getByRole("button", { name: "Delete Payments" })).toBeDisabled();
  await empty.getByRole("button", { name: "Delete Empty corner" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Empty corner" })).toHaveCount(0);

  // The lead sees the people of her team, and nobody else.
  const lead = await signedInAs(browser, "lara@example.test");
  await lead.goto(`${server.url}/people`);
  await expect(lead.getByText("You, the people you mentor and the people of the teams you lead.")).toBeVisible();
  const names = lead.locator(".directory-row__name");
  await expect(names).toHaveText(["Lara Lead", "Tim Teammate"]);
  await lead.getByLabel("Team", { exact: true }).selectOption({ label: "Payments" });
  await expect(lead).toHaveURL(/teamId=/);
  await expect(names).toHaveText(["Lara Lead", "Tim Teammate"]);
  await expect(lead.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await lead.context().close();
});

test("mentorships: a mentor cycle is named on the mentor field; start, change the cadence, end", async ({ page }) => {
  const mina = await addPerson("Mina Mentor", "mina@example.test");
  const mo = await addPerson("Moe Mentee", "moe@example.test");
  await addPerson("Nia Newcomer", "nia@example.test");
  await admin.post("/mentorships", { mentorId: mina.person.id, menteeId: mo.person.id, cadenceDays: 28 });

  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/admin/mentorships`);
  await expect(page.getByRole("heading", { level: 3, name: "Mina Mentor mentors Moe Mentee" })).toBeVisible();

  // Moe mentoring his own mentor would close a loop: said on the Mentor field.
  await page.getByLabel("Mentor", { exact: true }).fill("Moe");
  await page.getByRole("button", { name: /^Moe Mentee/ }).click();
  await page.getByLabel("Mentee", { exact: true }).fill("Mina");
  await page.getByRole("button", { name: /^Mina Mentor/ }).click();
  await page.getByRole("button", { name: "Start mentorship" }).click();
  const mentorField = page.locator(".person-picker").filter({ hasText: "Mentor" }).first();
  await expect(mentorField.locator(".error-text")).toContainText("Would make a mentor cycle");
  await expect(mentorField.locator(".error-text")).toContainText("Mina Mentor");
  await expect(page.getByRole("button", { name: "Change mentor" })).toHaveAccessibleDescription(/mentor cycle/);
  await expectNoSeriousA11yIssues(page, "mentorship cycle error");
  await screenshots(page, "admin-mentorship-cycle");

  // A cadence out of range is named on its field too.
  await page.getByRole("button", { name: "Change mentee" }).click();
  await page.getByLabel("Mentee", { exact: true }).fill("Nia");
  await page.getByRole("button", { name: /^Nia Newcomer/ }).click();
  await page.getByRole("button", { name: "Change mentor" }).click();
  await page.getByLabel("Mentor", { exact: true }).fill("Mina");
  await page.getByRole("button", { name: /^Mina Mentor/ }).click();
  await page.getByLabel("Check-in every (days)").fill("400");
  await page.getByRole("button", { name: "Start mentorship" }).click();
  await expect(page.getByLabel("Check-in every (days)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Check-in every (days)").fill("14");
  await page.getByRole("button", { name: "Start mentorship" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now mentors" })).toHaveText(
    "Mina Mentor now mentors Nia Newcomer, with a check-in every 14 days.",
  );

  const row = page.getByRole("listitem").filter({ hasText: "Mina Mentor mentors Nia Newcomer" });
  await row.getByRole("button", { name: /^Change cadence/ }).click();
  await row.getByLabel("Check-in every (days)").fill("21");
  await row.getByRole("button", { name: "Save cadence" }).click();
  await expect(row).toContainText("a check-in every 21 days");

  await row.getByRole("button", { name: /^End/ }).click();
  const dialog = page.getByRole("dialog", { name: "End this mentorship?" });
  await expect(dialog).toContainText("Mina Mentor stops mentoring Nia Newcomer today");
  await dialog.getByRole("button", { name: "End mentorship" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Mina Mentor mentors Nia Newcomer" })).toHaveCount(0);
  await page.getByRole("button", { name: "Ended", exact: true }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Mina Mentor mentors Nia Newcomer" })).toBeVisible();
  await expect(page).toHaveURL(/state=ended/);
});

test("settings: the privacy policy and the admin-read switch, read by everyone on the Privacy page", async ({
  page,
  browser,
}) => {
  const pia = await addPerson("Pia Private", "pia@example.test", { invite: true });
  await acceptInvitation(server.url, pia.invitation!.link, PASSWORD);
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/admin/settings`);
  await page.getByLabel("Name", { exact: true }).fill("Acme Engineering");
  await page.getByLabel("Your policy, in your own words").fill("We use Ascent to help you grow.\nAsk us anything.");
  const toggle = page.getByRole("switch", { name: "Admins may read private content" });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(/cannot read anyone's check-ins/);
  await toggle.check();
  await expect(toggle).toHaveAccessibleDescription(/Every such read is written to the audit log/);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expectNoSeriousA11yIssues(page, "settings");
  await screenshots(page, "admin-settings");

  const member = await signedInAs(browser, "pia@example.test");
  await member.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Privacy" })).toBeVisible();
  await expect(member.getByText("We use Ascent to help you grow.")).toBeVisible();
  await expect(member.getByText(/In Acme Engineering, admins may read check-ins/)).toBeVisible();
  await expectNoSeriousA11yIssues(member, "privacy page");
  await screenshots(member, "privacy");
  await member.context().close();
});

const BROKEN = `id: acme
name: ACME ladder
version: "1"
levels:
  - id: one
    name: One
    stages:
      - id: same
        name: First
      - id: same
        name: Second
      - id: nameless
`;

const VALID = `id: acme
name: ACME ladder
version: "1"
levels:
  - id: one
    name: One
    stages:
      - id: one-a
        name: First
      - id: one-b
        name: Second
  - id: two
    name: Two
    stages:
      - id: two-a
        name: Third
`;

test("framework: a broken upload shows each problem in place with its line; a valid one is checked, then loaded", async ({
  page,
}) => {
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  await page.goto(`${server.url}/admin/framework`);
  await expect(page.getByRole("heading", { level: 1, name: "Technical Leadership Progression" })).toBeVisible();
  await page
    .getByText(/Self · Awareness/)
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Signals" }).first()).toBeVisible();

  await page.getByLabel("Upload a YAML or JSON file").setInputFiles({
    name: "acme.yaml",
    mimeType: "application/yaml",
    buffer: Buffer.from(BROKEN),
  });
  const problems = page.getByRole("alert").filter({ hasText: "to fix — nothing was loaded" });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("button", { name: /^Line \d+$/ }).first()).toBeVisible();
  await expect(problems).toContainText("levels[0].stages[1]");
  // In place: the line with the problem is shown with its number and the reason under it.
  const region = problems.getByRole("region", { name: "Where the problems are in your text" });
  await expect(region.locator(".framework-source__bad").first()).toContainText("id: same");
  await expect(page.getByLabel("…or paste the framework")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yIssues(page, "framework problems");
  await screenshots(page, "admin-framework-errors");
  // The line button puts the cursor on that line of the text.
  const line = Number(
    (await problems
      .getByRole("button", { name: /^Line \d+$/ })
      .first()
      .textContent())!.slice(5),
  );
  await problems
    .getByRole("button", { name: /^Line \d+$/ })
    .first()
    .click();
  await expect(page.getByLabel("…or paste the framework")).toBeFocused();
  const selected = await page
    .getByLabel("…or paste the framework")
    .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(BROKEN.split("\n")[line - 1]);

  await page.getByLabel("…or paste the framework").fill(VALID);
  await expect(page.getByText("You changed the text: check it again.")).toBeVisible();
  await page.getByRole("button", { name: "Check", exact: true }).click();
  const ready = page.getByRole("status").filter({ hasText: "is ready to load" });
  await expect(ready).toContainText("ACME ladder 1 is ready to load");
  await expect(ready.getByRole("heading", { name: /^Added/ })).toBeVisible();
  await expect(ready.getByRole("heading", { name: /^Removed/ })).toContainText("8");
  await expectNoSeriousA11yIssues(page, "framework ready");
  await screenshots(page, "admin-framework-ready");
  // The check stored nothing.
  expect((await admin.get<{ framework: { id: string } }>("/framework")).framework.id).toBe(
    "technical-leadership-progression",
  );

  await ready.getByRole("button", { name: "Load ACME ladder 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is now the framework" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "ACME ladder" })).toBeVisible();
  expect((await admin.get<{ framework: { id: string } }>("/framework")).framework.id).toBe("acme");
});
