/** The principal of an authenticated route's request. */
import type { FastifyRequest } from "fastify";
import type { Actor } from "../../app/access/actor.js";
import { AppError, AppErrorCode } from "../../app/errors/app-error.js";
import { actorOf, type Principal } from "../../app/identity/accounts/principal.js";

/** The request's principal; the authentication hook guarantees one on non-public routes, this double-checks. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError(AppErrorCode.Unauthenticated, "Sign in first");
  return request.principal;
}

/** The app's Actor for the request's principal. */
export function actorOfRequest(request: FastifyRequest): Actor {
  return actorOf(principalOf(request));
}
