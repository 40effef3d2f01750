/**
 * The people list (everyone signed in, scoped by relationship) and people administration (admin:
 * open a person's record, add a person — optionally with an invitation link — and edit them).
 * Roles are set through `PUT /api/v1/people/:personId/roles`.
 */
import { addPerson } from "../../../app/admin/add-person.service.js";
import { getPersonRecord } from "../../../app/admin/get-person-record.service.js";
import { updatePersonDetails } from "../../../app/admin/update-person.service.js";
import { listPeople } from "../../../app/people-directory/list-people.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { personIdParams } from "../domain.schema.js";
import { actorOfRequest, principalOf } from "../principal-of.js";
import {
  adminPersonSchema,
  createdPersonSchema,
  createPersonBodySchema,
  peopleListQuerySchema,
  peoplePageSchema,
  updatePersonBodySchema,
} from "./admin-people.schema.js";

const TAGS = ["people"];

/** Registers the people list and the people administration routes. */
export function registerAdminPeopleRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/people",
    {
      schema: {
        tags: TAGS,
        summary: "People I may see: search, filter, keyset pages",
        description:
          "Admins and leaders see everyone; others themselves, their mentees and the people of the teams they lead.",
        querystring: peopleListQuerySchema,
        response: { 200: peoplePageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listPeople(ctx, actorOfRequest(request), request.query),
  );

  app.post(
    "/api/v1/people",
    {
      config: { adminOnly: true },
      schema: {
        tags: TAGS,
        summary: "Add a person, optionally inviting them (admin)",
        body: createPersonBodySchema,
        response: { 201: createdPersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const actor = actorOfRequest(request);
      const { person, invitation } = await addPerson(ctx, principal, actor, request.body);
      return reply.code(201).send({
        person,
        invitation: invitation && {
          id: invitation.id,
          link: invitation.link,
          expiresAt: invitation.expiresAt,
          mailed: invitation.mailed,
        },
      });
    },
  );

  app.get(
    "/api/v1/people/:personId",
    {
      config: { adminOnly: true },
      schema: {
        tags: TAGS,
        summary: "A person's record for editing: team, leads, mentorships, account (admin)",
        params: personIdParams,
        response: { 200: adminPersonSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getPersonRecord(ctx, actorOfRequest(request), request.params),
  );

  app.patch(
    "/api/v1/people/:personId",
    {
      config: { adminOnly: true },
      schema: {
        tags: TAGS,
        summary: "Change a person's name, email, title or team (admin)",
        params: personIdParams,
        body: updatePersonBodySchema,
        response: { 200: adminPersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updatePersonDetails(ctx, actorOfRequest(request), { ...request.body, personId: request.params.personId }),
  );
}
