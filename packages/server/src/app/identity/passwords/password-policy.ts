/** What a password must be. Length is what matters (NIST SP 800-63B); no composition rules. */
import type { FieldIssue } from "../../errors/app-error.js";

/** At least this many characters. */
export const MIN_PASSWORD_LENGTH = 10;
/** At most this many: argon2 hashes whatever it is given, so a megabyte password would be a cheap attack. */
export const MAX_PASSWORD_LENGTH = 256;

/** The issue with `password`, or null when it is acceptable. */
export function passwordIssue(password: string, field = "password"): FieldIssue | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { field, reason: `must be at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { field, reason: `must be at most ${MAX_PASSWORD_LENGTH} characters` };
  }
  return null;
}
