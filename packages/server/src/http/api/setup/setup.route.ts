/** First-run setup: `GET /api/v1/setup` (is it open?) and `POST /api/v1/setup` (create the admin). */
import { AppError, AppErrorCode } from "../../../app/errors/app-error.js";
import { createSession } from "../../../app/identity/sessions/create-session.service.js";
import { isSetupDone } from "../../../app/identity/setup/is-setup-done.service.js";
import { runSetup } from "../../../app/identity/setup/run-setup.service.js";
import { sameSecret } from "../../../app/identity/tokens/secret-token.js";
import { csrfTokenFor, setSessionCookies } from "../../auth/session-cookies.js";
import { errorResponses } from "../../errors/error-body.js";
import { HttpError, HttpErrorCode } from "../../errors/http-error.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { sessionStartedSchema } from "../common.schema.js";
import { setupBodySchema, setupStatusSchema } from "./setup.schema.js";

/** Refuses a missing or wrong setup token when the server is reachable from other machines. */
function checkSetupToken(deps: RouteDeps, sent: string | undefined): void {
  if (!deps.setupNeedsToken) return;
  if (!deps.setupToken) {
    throw new HttpError(
      403,
      HttpErrorCode.SetupTokenInvalid,
      "Setup needs the token printed by `ascent serve`; restart the server to get one",
    );
  }
  if (!sent || !sameSecret(sent, deps.setupToken)) {
    throw new HttpError(
      403,
      HttpErrorCode.SetupTokenInvalid,
      "Wrong or missing setup token: use the one `ascent serve` printed",
    );
  }
}

/** Registers the setup routes. */
export function registerSetupRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/setup",
    {
      config: { access: "public" },
      schema: { tags: ["accounts"], summary: "Is first-run setup still open?", response: { 200: setupStatusSchema } },
    },
    async () => ({ setupDone: await isSetupDone(deps.ctx), setupTokenRequired: deps.setupNeedsToken }),
  );

  app.post(
    "/api/v1/setup",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Create the first admin and sign them in",
        description: "Refused with 409 setup_done once any account exists.",
        body: setupBodySchema,
        response: { 201: sessionStartedSchema, ...errorResponses(400, 403, 409) },
      },
    },
    async (request, reply) => {
      if (await isSetupDone(deps.ctx)) {
        throw new AppError(AppErrorCode.SetupDone, "Setup is already done: sign in, or ask an admin to invite you");
      }
      const header = request.headers["x-setup-token"];
      checkSetupToken(deps, request.body.setupToken ?? (typeof header === "string" ? header : undefined));
      const { accountId } = await runSetup(deps.ctx, request.body);
      const session = await createSession(deps.ctx, deps.ctx.db, accountId);
      setSessionCookies(reply, session.token, deps.secureCookies);
      return reply.code(201).send({ accountId, expiresAt: session.expiresAt, csrfToken: csrfTokenFor(session.token) });
    },
  );
}
