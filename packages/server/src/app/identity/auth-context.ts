/**
 * What account services receive: the app's context (database, clock, ids) plus the password
 * hasher, the optional mailer and the public URL links are built on. Passed in, never global.
 */

import type { Mailer } from "../../mail/mailer.js";
import type { AppContext } from "../context/app-context.js";
import type { PasswordHasher } from "./passwords/password-hasher.js";

/** The context of every account service. */
export interface AuthContext extends AppContext {
  readonly hasher: PasswordHasher;
  /** Set when ASCENT_SMTP_URL is: invitations and resets are then mailed as well as shown. */
  readonly mailer?: Mailer | undefined;
  /** ASCENT_PUBLIC_URL: one-time links point there. */
  readonly publicUrl: string;
}

/** Milliseconds added to an ISO timestamp, as an ISO timestamp. */
export function isoPlus(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

/** The canonical form of an email address for lookups: trimmed, lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
