/**
 * The organisation's administration is the admin's: everyone else gets `not_found`, the answer a
 * missing record gets, so nobody learns what an admin could see. (Routes also hide themselves
 * from non-admins; services check again because the CLI and tests call them directly.)
 */
import type { Actor } from "../access/actor.js";
import { notFound } from "../errors/app-error.js";

/** Throws `not_found` (naming `kind`) unless the actor is an admin. */
export function requireAdmin(actor: Actor, kind: string): void {
  if (!actor.isAdmin) throw notFound(kind);
}
