/** The principal of an authenticated route's request. */
import type { FastifyRequest } from "fastify";
import { type Actor, actorFor } from "../../app/access/actor.js";
import { AppError, AppErrorCode } from "../../app/errors/app-error.js";
import type { Principal } from "../../app/identity/accounts/principal.js";

/** The request's principal; the authentication hook guarantees one on non-public routes, this double-checks. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError(AppErrorCode.Unauthenticated, "Sign in first");
  return request.principal;
}

/**
 * The request's principal as a fresh Actor: principals may be cached across requests (credential
 * cache), while what an actor's relationships are is loaded once per actor object, never shared.
 */
export function actorOfRequest(request: FastifyRequest): Actor {
  const principal = principalOf(request);
  return actorFor(principal.personId, principal);
}
