/**
 * The expectations of the authorization matrix (authorization-matrix.test.ts): for every route, how
 * to build a request for a cell (role × own/other record) and the status that cell must get.
 * Records are planted fresh per cell through the app's services, so cells never depend on order.
 */
import { randomUUID } from "node:crypto";
import { DEFAULT_FRAMEWORK_YAML } from "@ascent/core";
import type { Actor } from "../../app/access/actor.js";
import { createCheckInDraft } from "../../app/check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../../app/check-ins/submit-check-in.service.js";
import { addEvidence } from "../../app/evidence/add-evidence.service.js";
import type { Principal } from "../../app/identity/accounts/principal.js";
import { createApiToken } from "../../app/identity/api-tokens/create-api-token.service.js";
import type { AuthContext } from "../../app/identity/auth-context.js";
import { createInvitation } from "../../app/identity/invitations/create-invitation.service.js";
import { recordMoment } from "../../app/moments/record-moment.service.js";
import { writePrivateNote } from "../../app/notes/write-private-note.service.js";
import { createGrowthPlan } from "../../app/plans/create-growth-plan.service.js";
import { addLead } from "../../app/teams/add-lead.service.js";
import { createGroup } from "../../app/teams/create-group.service.js";
import { createTeam } from "../../app/teams/create-team.service.js";
import { CAST } from "../../app/testing/privacy-cast.fixture.js";
import { accountIdOf, addCastPerson, CAST_PASSWORD, MATRIX_ROLES, type MatrixRole, ROLE_PERSON } from "./http-cast.js";

/** Whose record a cell is about. */
export type Target = "own" | "other";

/** One cell: who acts, and whose record it is about. */
export interface Cell {
  readonly role: MatrixRole;
  readonly target: Target;
  /** The acting person (null for anonymous). */
  readonly actor: string | null;
  /** The person whose record the request is about. */
  readonly owner: string;
}

/** What a cell sends. */
export interface CellRequest {
  readonly url: string;
  readonly body?: unknown;
  /** Act as this person instead of the role's cast person (a fresh clone, for destructive routes). */
  readonly actAs?: string;
}

/** How a route is exercised and what each cell must get. */
export interface RouteSpec {
  request(cell: Cell, kit: Kit): Promise<CellRequest> | CellRequest;
  expect(cell: Cell): number;
}

/** What request builders use to plant records. */
export interface Kit {
  readonly svc: AuthContext;
  actor(personId: string): Promise<Actor>;
}

const RATINGS = { "self-awareness": "established", "self-ownership": "emerging" };

/** Anonymous callers of non-public routes get 401; everyone else what `rule` says. */
function signedIn(rule: (cell: Cell) => number): (cell: Cell) => number {
  return (cell) => (cell.role === "anonymous" ? 401 : rule(cell));
}
/** `ok` for one's own record, `other(role)` for someone else's. */
function ownOr(ok: number, other: (role: MatrixRole) => number): (cell: Cell) => number {
  return signedIn((cell) => (cell.target === "own" ? ok : other(cell.role)));
}
const only =
  (allowed: readonly MatrixRole[], ok: number) =>
  (role: MatrixRole): number =>
    allowed.includes(role) ? ok : 404;
const everyone = (status: number) => () => status;

async function draft(kit: Kit, owner: string) {
  return createCheckInDraft(kit.svc, await kit.actor(owner), {
    personId: owner,
    assessorKind: "self",
    ratings: RATINGS,
  });
}
async function submitted(kit: Kit, owner: string) {
  const d = await draft(kit, owner);
  return submitCheckIn(kit.svc, await kit.actor(owner), { checkInId: d.checkIn.id, version: 1 });
}
async function evidence(kit: Kit, owner: string) {
  return addEvidence(kit.svc, await kit.actor(owner), {
    kind: "note",
    title: "Led the incident review",
    occurredOn: "2026-05-01T00:00:00.000Z",
    stageIds: ["self-ownership"],
  });
}
async function personVersion(kit: Kit, personId: string): Promise<number> {
  const row = await kit.svc.db
    .selectFrom("person")
    .select("version")
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  return row.version;
}
function adminPrincipal(): Principal {
  return {
    accountId: accountIdOf(CAST.admin),
    personId: CAST.admin,
    email: "admin@example.test",
    name: "Admin",
    roles: ["admin"],
    via: "session",
    scopes: ["read", "write"],
    credentialId: "test",
  };
}
/** A fresh person with the role's granted roles, for routes that use their actor up. */
function cloneOf(kit: Kit, role: MatrixRole): Promise<string> {
  const roles = role === "admin" ? ["admin"] : role === "leader" ? ["leader"] : [];
  return addCastPerson(kit.svc.db, { teamId: "t-2", roles });
}
/** A fresh person in the member's team, mentored by the mentor: someone else, with the same relationships. */
function freshMemberLike(kit: Kit): Promise<string> {
  return addCastPerson(kit.svc.db, { teamId: "t-1", mentorId: CAST.mentor });
}

const PUBLIC_PAGE: RouteSpec = { request: () => ({ url: "" }), expect: everyone(200) };
const DASHBOARD: RouteSpec = {
  request: () => ({ url: "" }),
  expect: signedIn((cell) => (["lead", "leader", "admin"].includes(cell.role) ? 200 : 404)),
};

/** A fresh team and group (admin-made), for routes that change or delete one. */
async function freshTeam(kit: Kit): Promise<string> {
  return (await createTeam(kit.svc, await kit.actor(CAST.admin), { name: `Team ${randomUUID()}` })).id;
}
async function freshGroup(kit: Kit): Promise<string> {
  return (await createGroup(kit.svc, await kit.actor(CAST.admin), { name: `Group ${randomUUID()}` })).id;
}
async function organisationVersion(kit: Kit): Promise<number> {
  const row = await kit.svc.db.selectFrom("organisation").select("version").executeTakeFirstOrThrow();
  return row.version;
}
const ADMIN_ONLY = (status: number) => signedIn((cell) => only(["admin"], status)(cell.role));

/**
 * The people list, people administration, teams, groups, mentorships and organisation settings.
 * Lists answer everyone signed in (scoped by relationship in the service); every change is the
 * admin's, and everyone else gets the unknown-route 404. Changes act on fresh records.
 */
const ORGANISATION_ADMIN: Readonly<Record<string, RouteSpec>> = {
  "GET /api/v1/people": { request: () => ({ url: "/api/v1/people?limit=5" }), expect: signedIn(() => 200) },
  "POST /api/v1/people": {
    request: () => ({ url: "", body: { name: "New Person", email: `${randomUUID()}@example.test` } }),
    expect: ADMIN_ONLY(201),
  },
  "GET /api/v1/people/:personId": {
    request: (cell) => ({ url: `/api/v1/people/${cell.owner}` }),
    expect: ADMIN_ONLY(200),
  },
  "PATCH /api/v1/people/:personId": {
    request: async (cell, kit) => ({
      url: `/api/v1/people/${cell.owner}`,
      body: { version: await personVersion(kit, cell.owner), title: "Engineer" },
    }),
    expect: ADMIN_ONLY(200),
  },
  "GET /api/v1/teams": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "POST /api/v1/teams": {
    request: () => ({ url: "", body: { name: `Team ${randomUUID()}` } }),
    expect: ADMIN_ONLY(201),
  },
  "PATCH /api/v1/teams/:teamId": {
    request: async (_cell, kit) => ({
      url: `/api/v1/teams/${await freshTeam(kit)}`,
      body: { version: 1, name: `Renamed ${randomUUID()}` },
    }),
    expect: ADMIN_ONLY(200),
  },
  "DELETE /api/v1/teams/:teamId": {
    request: async (_cell, kit) => ({ url: `/api/v1/teams/${await freshTeam(kit)}?version=1` }),
    expect: ADMIN_ONLY(204),
  },
  "PUT /api/v1/teams/:teamId/members/:personId": {
    request: async (_cell, kit) => ({
      url: `/api/v1/teams/${await freshTeam(kit)}/members/${await freshMemberLike(kit)}`,
      body: { version: 1 },
    }),
    expect: ADMIN_ONLY(200),
  },
  "DELETE /api/v1/teams/:teamId/members/:personId": {
    request: async (_cell, kit) => {
      const teamId = await freshTeam(kit);
      return { url: `/api/v1/teams/${teamId}/members/${await addCastPerson(kit.svc.db, { teamId })}?version=1` };
    },
    expect: ADMIN_ONLY(200),
  },
  "PUT /api/v1/teams/:teamId/leads/:personId": {
    request: async (_cell, kit) => ({
      url: `/api/v1/teams/${await freshTeam(kit)}/leads/${await freshMemberLike(kit)}`,
    }),
    expect: ADMIN_ONLY(200),
  },
  "DELETE /api/v1/teams/:teamId/leads/:personId": {
    request: async (_cell, kit) => {
      const teamId = await freshTeam(kit);
      const personId = await freshMemberLike(kit);
      await addLead(kit.svc, await kit.actor(CAST.admin), { kind: "team", unitId: teamId, personId });
      return { url: `/api/v1/teams/${teamId}/leads/${personId}` };
    },
    expect: ADMIN_ONLY(200),
  },
  "GET /api/v1/groups": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "POST /api/v1/groups": {
    request: () => ({ url: "", body: { name: `Group ${randomUUID()}` } }),
    expect: ADMIN_ONLY(201),
  },
  "PATCH /api/v1/groups/:groupId": {
    request: async (_cell, kit) => ({
      url: `/api/v1/groups/${await freshGroup(kit)}`,
      body: { version: 1, name: `Renamed ${randomUUID()}` },
    }),
    expect: ADMIN_ONLY(200),
  },
  "DELETE /api/v1/groups/:groupId": {
    request: async (_cell, kit) => ({ url: `/api/v1/groups/${await freshGroup(kit)}?version=1` }),
    expect: ADMIN_ONLY(204),
  },
  "PUT /api/v1/groups/:groupId/leads/:personId": {
    request: async (_cell, kit) => ({
      url: `/api/v1/groups/${await freshGroup(kit)}/leads/${await freshMemberLike(kit)}`,
    }),
    expect: ADMIN_ONLY(200),
  },
  "DELETE /api/v1/groups/:groupId/leads/:personId": {
    request: async (_cell, kit) => {
      const groupId = await freshGroup(kit);
      const personId = await freshMemberLike(kit);
      await addLead(kit.svc, await kit.actor(CAST.admin), { kind: "group", unitId: groupId, personId });
      return { url: `/api/v1/groups/${groupId}/leads/${personId}` };
    },
    expect: ADMIN_ONLY(200),
  },
  "GET /api/v1/mentorships": { request: () => ({ url: "" }), expect: ADMIN_ONLY(200) },
  "POST /api/v1/mentorships": {
    request: async (_cell, kit) => ({
      url: "",
      body: { mentorId: CAST.leader, menteeId: await addCastPerson(kit.svc.db, { teamId: "t-2" }), cadenceDays: 28 },
    }),
    expect: ADMIN_ONLY(201),
  },
  "PATCH /api/v1/mentorships/:mentorshipId": {
    // addCastPerson names the mentorship it starts `m-<person id>`.
    request: async (_cell, kit) => ({
      url: `/api/v1/mentorships/m-${await freshMemberLike(kit)}`,
      body: { version: 1, cadenceDays: 14 },
    }),
    expect: ADMIN_ONLY(200),
  },
  "POST /api/v1/mentorships/:mentorshipId/end": {
    request: async (_cell, kit) => ({
      url: `/api/v1/mentorships/m-${await freshMemberLike(kit)}/end`,
      body: { version: 1 },
    }),
    expect: ADMIN_ONLY(200),
  },
  "GET /api/v1/organisation/settings": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "PUT /api/v1/organisation/settings": {
    request: async (_cell, kit) => ({ url: "", body: { version: await organisationVersion(kit), name: "Test org" } }),
    expect: ADMIN_ONLY(200),
  },
};

/** Every route's expectations, by "METHOD url". */
export const SPECS: Readonly<Record<string, RouteSpec>> = {
  "GET /healthz": PUBLIC_PAGE,
  "GET /readyz": PUBLIC_PAGE,
  "GET /": PUBLIC_PAGE,
  "GET /api/openapi.json": PUBLIC_PAGE,
  "GET /api/docs": PUBLIC_PAGE,
  "GET /api/v1/setup": PUBLIC_PAGE,
  "POST /api/v1/setup": {
    request: () => ({ url: "", body: { name: "Eve", email: "eve@example.test", password: "eve's long password" } }),
    expect: everyone(409),
  },
  "POST /api/v1/auth/login": {
    request: (cell) => ({
      url: "",
      body: { email: cell.actor ? `${cell.actor}@example.test` : "nobody@example.test", password: CAST_PASSWORD },
    }),
    expect: (cell) => (cell.role === "anonymous" ? 401 : 200),
  },
  "POST /api/v1/auth/logout": { request: () => ({ url: "" }), expect: signedIn(() => 204) },
  "GET /api/v1/me": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "PUT /api/v1/me/password": {
    request: () => ({ url: "", body: { currentPassword: CAST_PASSWORD, newPassword: CAST_PASSWORD } }),
    expect: signedIn(() => 204),
  },
  "POST /api/v1/auth/password-resets": {
    // A fresh address each time: requests per address are rate limited (3 an hour).
    request: () => ({ url: "", body: { email: `${randomUUID()}@example.test` } }),
    expect: everyone(202),
  },
  "POST /api/v1/auth/password-resets/complete": {
    request: () => ({ url: "", body: { token: "not-a-real-token", password: "a long new password" } }),
    expect: everyone(404),
  },
  "POST /api/v1/accounts/:accountId/password-reset": {
    request: (cell) => ({ url: `/api/v1/accounts/${accountIdOf(cell.owner)}/password-reset` }),
    expect: signedIn((cell) => only(["admin"], 201)(cell.role)),
  },
  "POST /api/v1/invitations": {
    request: () => ({ url: "", body: { email: `${randomUUID()}@example.test`, name: "New Person" } }),
    expect: signedIn((cell) => only(["admin"], 201)(cell.role)),
  },
  "GET /api/v1/invitations": {
    request: () => ({ url: "" }),
    expect: signedIn((cell) => only(["admin"], 200)(cell.role)),
  },
  "DELETE /api/v1/invitations/:invitationId": {
    async request(_cell, kit) {
      const created = await createInvitation(kit.svc, adminPrincipal(), {
        email: `${randomUUID()}@example.test`,
        name: "X",
      });
      return { url: `/api/v1/invitations/${created.id}` };
    },
    expect: signedIn((cell) => only(["admin"], 204)(cell.role)),
  },
  "POST /api/v1/auth/invitations/accept": {
    request: () => ({ url: "", body: { token: "not-a-real-token", password: "a long new password" } }),
    expect: everyone(404),
  },
  "POST /api/v1/me/api-tokens": {
    request: () => ({ url: "", body: { name: "script", scopes: ["read"] } }),
    expect: signedIn(() => 201),
  },
  "GET /api/v1/me/api-tokens": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "DELETE /api/v1/me/api-tokens/:tokenId": {
    async request(cell, kit) {
      const owner = { ...adminPrincipal(), accountId: accountIdOf(cell.owner), roles: [] };
      const token = await createApiToken(kit.svc, owner, { name: "t", scopes: ["read"] });
      return { url: `/api/v1/me/api-tokens/${token.id}` };
    },
    expect: ownOr(204, () => 404),
  },
  "PUT /api/v1/people/:personId/roles": {
    request: (cell) => ({
      url: `/api/v1/people/${cell.owner}/roles`,
      body: { roles: cell.target === "own" && cell.role === "admin" ? ["admin"] : [] },
    }),
    expect: signedIn((cell) => only(["admin"], 200)(cell.role)),
  },
  "GET /api/v1/framework": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "GET /api/v1/me/overview": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  // Every signed-in person has a (possibly empty) list of mentees: their own, never anyone else's.
  "GET /api/v1/me/mentees": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  // The cast already has teams, so the admin is let through and refused by the state (409): the
  // matrix database stays the cast's. The 201 path is in demo-organisation.route.test.ts.
  "POST /api/v1/demo-organisation": {
    request: () => ({ url: "", body: {} }),
    expect: signedIn((cell) => only(["admin"], 409)(cell.role)),
  },
  // Preview writes nothing: an admin gets the report. Commit is given a file with an error (a row
  // without an email), so the matrix database stays the cast's: admins get 400, others 404.
  "POST /api/v1/import/org-chart/preview": {
    request: () => ({ url: "", body: { csv: `name,email\nNew Person,${randomUUID()}@example.test\n` } }),
    expect: signedIn((cell) => only(["admin"], 200)(cell.role)),
  },
  "POST /api/v1/import/org-chart": {
    request: () => ({ url: "", body: { csv: "name,email\nNobody,\n" } }),
    expect: signedIn((cell) => only(["admin"], 400)(cell.role)),
  },
  "GET /api/v1/people/:personId/overview": {
    request: (cell) => ({ url: `/api/v1/people/${cell.owner}/overview` }),
    expect: ownOr(200, only(["mentor", "lead", "leader", "admin"], 200)),
  },
  // The same readers as the overview: the position is the overview's cheapest part.
  "GET /api/v1/people/:personId/position": {
    request: (cell) => ({ url: `/api/v1/people/${cell.owner}/position` }),
    expect: ownOr(200, only(["mentor", "lead", "leader", "admin"], 200)),
  },
  "PUT /api/v1/people/:personId/staying-by-choice": {
    request: async (cell, kit) => ({
      url: `/api/v1/people/${cell.owner}/staying-by-choice`,
      body: { version: await personVersion(kit, cell.owner), staying: true, note: "happy here" },
    }),
    expect: ownOr(200, only(["mentor"], 200)),
  },
  "POST /api/v1/me/check-in-requests": {
    request: () => ({ url: "", body: { message: "before my review" } }),
    // Only the member has a mentor to ask; for everyone else the state forbids it.
    expect: signedIn((cell) => (cell.role === "member" ? 201 : 409)),
  },
  "POST /api/v1/people/:personId/deactivate": {
    async request(cell, kit) {
      if (cell.target === "own") {
        const clone = await cloneOf(kit, cell.role);
        return { url: `/api/v1/people/${clone}/deactivate`, body: { version: 1 }, actAs: clone };
      }
      return { url: `/api/v1/people/${await freshMemberLike(kit)}/deactivate`, body: { version: 1 } };
    },
    expect: signedIn((cell) => only(["admin"], 200)(cell.role)),
  },
  "POST /api/v1/people/:personId/erase": {
    async request(cell, kit) {
      if (cell.target === "own") {
        const clone = await cloneOf(kit, cell.role);
        return { url: `/api/v1/people/${clone}/erase`, body: { version: 1 }, actAs: clone };
      }
      return { url: `/api/v1/people/${await freshMemberLike(kit)}/erase`, body: { version: 1 } };
    },
    expect: signedIn((cell) => only(["admin"], 200)(cell.role)),
  },
  "POST /api/v1/check-ins": {
    request: (cell) => ({
      url: "",
      body: {
        personId: cell.owner,
        assessorKind: cell.target === "other" && cell.role === "mentor" ? "mentor" : "self",
        ratings: RATINGS,
      },
    }),
    expect: ownOr(201, only(["mentor"], 201)),
  },
  "GET /api/v1/check-ins/:checkInId": {
    request: async (cell, kit) => ({ url: `/api/v1/check-ins/${(await submitted(kit, cell.owner)).checkIn.id}` }),
    expect: ownOr(200, only(["mentor"], 200)),
  },
  "PATCH /api/v1/check-ins/:checkInId": {
    request: async (cell, kit) => ({
      url: `/api/v1/check-ins/${(await draft(kit, cell.owner)).checkIn.id}`,
      body: { version: 1, notes: "edited" },
    }),
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/check-ins/:checkInId/submit": {
    request: async (cell, kit) => ({
      url: `/api/v1/check-ins/${(await draft(kit, cell.owner)).checkIn.id}/submit`,
      body: { version: 1 },
    }),
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/check-ins/:checkInId/corrections": {
    request: async (cell, kit) => ({
      url: `/api/v1/check-ins/${(await submitted(kit, cell.owner)).checkIn.id}/corrections`,
      body: { notes: "corrected" },
    }),
    expect: ownOr(201, () => 404),
  },
  "POST /api/v1/evidence": {
    request: () => ({
      url: "",
      body: { kind: "note", title: "A decision record", occurredOn: "2026-05-02T00:00:00.000Z" },
    }),
    expect: signedIn(() => 201),
  },
  "GET /api/v1/evidence/:evidenceId": {
    request: async (cell, kit) => ({ url: `/api/v1/evidence/${(await evidence(kit, cell.owner)).evidence.id}` }),
    expect: ownOr(200, only(["mentor"], 200)),
  },
  "PATCH /api/v1/evidence/:evidenceId": {
    request: async (cell, kit) => ({
      url: `/api/v1/evidence/${(await evidence(kit, cell.owner)).evidence.id}`,
      body: { version: 1, title: "Renamed" },
    }),
    expect: ownOr(200, () => 404),
  },
  "DELETE /api/v1/evidence/:evidenceId": {
    request: async (cell, kit) => ({
      url: `/api/v1/evidence/${(await evidence(kit, cell.owner)).evidence.id}?version=1`,
    }),
    expect: ownOr(204, () => 404),
  },
  "PUT /api/v1/sharing": {
    request: async (cell, kit) => ({
      url: "",
      body: {
        itemKind: "evidence",
        itemId: (await evidence(kit, cell.owner)).evidence.id,
        audience: "lead",
        allowed: true,
      },
    }),
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/plans": {
    request: (cell) => ({ url: "", body: { personId: cell.owner } }),
    expect: ownOr(201, only(["mentor"], 201)),
  },
  "GET /api/v1/plans/:planId": {
    request: async (cell, kit) => {
      const plan = await createGrowthPlan(kit.svc, await kit.actor(cell.owner), { personId: cell.owner });
      return { url: `/api/v1/plans/${plan.plan.id}` };
    },
    expect: ownOr(200, only(["mentor", "lead"], 200)),
  },
  "PATCH /api/v1/plans/:planId": {
    request: async (cell, kit) => {
      const plan = await createGrowthPlan(kit.svc, await kit.actor(cell.owner), { personId: cell.owner });
      return { url: `/api/v1/plans/${plan.plan.id}`, body: { version: 1 } };
    },
    expect: ownOr(200, only(["mentor"], 200)),
  },
  "POST /api/v1/moments": {
    request: (cell) => ({
      url: "",
      body: { receiverId: cell.actor === CAST.member ? CAST.unrelated : CAST.member, variant: "struggling" },
    }),
    expect: signedIn(() => 201),
  },
  "GET /api/v1/moments/:momentId": {
    request: async (cell, kit) => {
      const m = await recordMoment(kit.svc, await kit.actor(cell.owner), {
        receiverId: CAST.groupLead,
        variant: "struggling",
      });
      return { url: `/api/v1/moments/${m.moment.id}` };
    },
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/moments/:momentId/transitions": {
    request: async (cell, kit) => {
      const m = await recordMoment(kit.svc, await kit.actor(cell.owner), {
        receiverId: CAST.groupLead,
        variant: "struggling",
      });
      return { url: `/api/v1/moments/${m.moment.id}/transitions`, body: { version: 1, to: "extended" } };
    },
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/moments/:momentId/follow-ups": {
    request: async (cell, kit) => {
      const m = await recordMoment(kit.svc, await kit.actor(cell.owner), {
        receiverId: CAST.groupLead,
        variant: "struggling",
      });
      return { url: `/api/v1/moments/${m.moment.id}/follow-ups`, body: { version: 1, note: "talked again" } };
    },
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/notes": {
    request: (cell) => ({ url: "", body: { personId: cell.owner, body: "a private thought" } }),
    expect: ownOr(201, only(["mentor"], 201)),
  },
  "GET /api/v1/notes/:noteId": {
    request: async (cell, kit) => {
      const n = await writePrivateNote(kit.svc, await kit.actor(cell.owner), { personId: cell.owner, body: "mine" });
      return { url: `/api/v1/notes/${n.note.id}` };
    },
    expect: ownOr(200, () => 404),
  },
  "PATCH /api/v1/notes/:noteId": {
    request: async (cell, kit) => {
      const n = await writePrivateNote(kit.svc, await kit.actor(cell.owner), { personId: cell.owner, body: "mine" });
      return { url: `/api/v1/notes/${n.note.id}`, body: { version: 1, body: "still mine" } };
    },
    expect: ownOr(200, () => 404),
  },
  "GET /api/v1/diagrams/:kind": { request: () => ({ url: "/api/v1/diagrams/zigzag" }), expect: signedIn(() => 200) },
  // A person's diagrams: the overview's readers. A team's: the dashboards' (leads of it, leaders,
  // admins; the cell's team is the owner's). The organisation's: leaders and admins.
  "GET /api/v1/people/:personId/diagrams/:kind": {
    request: (cell) => ({ url: `/api/v1/people/${cell.owner}/diagrams/timeline` }),
    expect: ownOr(200, only(["mentor", "lead", "leader", "admin"], 200)),
  },
  "GET /api/v1/teams/:teamId/diagrams/:kind": {
    request: async (cell, kit) => {
      const row = await kit.svc.db
        .selectFrom("person")
        .select("team_id")
        .where("id", "=", cell.owner)
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/teams/${row.team_id}/diagrams/pipeline` };
    },
    expect: signedIn((cell) => only(["lead", "leader", "admin"], 200)(cell.role)),
  },
  "GET /api/v1/organisation/diagrams/:kind": {
    request: () => ({ url: "/api/v1/organisation/diagrams/chain" }),
    expect: signedIn((cell) => only(["leader", "admin"], 200)(cell.role)),
  },
  "GET /api/v1/me/digest": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  "PUT /api/v1/me/digest": { request: () => ({ url: "", body: { weeklyDigest: true } }), expect: signedIn(() => 200) },
  "GET /api/v1/me/inbox": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  // The item is a draft the owner left: in their inbox, and in nobody else's (404 for them).
  "POST /api/v1/me/inbox/:itemKey/dismiss": {
    request: async (cell, kit) => ({
      url: `/api/v1/me/inbox/${encodeURIComponent(`draft:${(await draft(kit, cell.owner)).checkIn.id}`)}/dismiss`,
    }),
    expect: ownOr(200, () => 404),
  },
  "POST /api/v1/me/inbox/:itemKey/snooze": {
    request: async (cell, kit) => ({
      url: `/api/v1/me/inbox/${encodeURIComponent(`draft:${(await draft(kit, cell.owner)).checkIn.id}`)}/snooze`,
      body: { days: 7 },
    }),
    expect: ownOr(200, () => 404),
  },
  // A dry run of the framework in force: an admin gets the check (200) and nothing changes.
  "POST /api/v1/framework": {
    request: () => ({ url: "/api/v1/framework?dryRun=1", body: { source: DEFAULT_FRAMEWORK_YAML } }),
    expect: signedIn((cell) => only(["admin"], 200)(cell.role)),
  },
  "GET /api/v1/me/export": { request: () => ({ url: "" }), expect: signedIn(() => 200) },
  // Refused to the admin too under the cast's default policy (admins may not read private content).
  "GET /api/v1/organisation/export": { request: () => ({ url: "" }), expect: ADMIN_ONLY(409) },
  "GET /api/v1/dashboards/stage-distribution": DASHBOARD,
  "GET /api/v1/dashboards/pipeline": DASHBOARD,
  "GET /api/v1/dashboards/leadership-coverage": DASHBOARD,
  "GET /api/v1/dashboards/calibration": DASHBOARD,
  "GET /api/v1/dashboards/nudges": DASHBOARD,
  "GET /api/v1/dashboards/moment-effects": DASHBOARD,
  "GET /api/v1/dashboards/permission-chain": DASHBOARD,
  ...ORGANISATION_ADMIN,
};
/** The cells of the matrix: anonymous has no records of its own, so only "other". */
export function cellsOf(): Omit<Cell, "owner">[] {
  const cells: Omit<Cell, "owner">[] = [];
  for (const role of MATRIX_ROLES) {
    if (role === "anonymous") cells.push({ role, target: "other", actor: null });
    else for (const target of ["own", "other"] as const) cells.push({ role, target, actor: ROLE_PERSON[role] });
  }
  return cells;
}

/** The person whose record a cell is about. */
export function ownerOf(cell: Omit<Cell, "owner">): string {
  if (cell.target === "own" && cell.actor) return cell.actor;
  return cell.role === "member" ? CAST.unrelated : CAST.member;
}
