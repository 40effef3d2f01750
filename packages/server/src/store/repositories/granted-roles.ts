/** Granted roles as stored on a person (JSON text), read back keeping only the roles that exist. */
import type { GrantedRole } from "@ascent/core";

/** The known granted roles in `text`; anything else (or unreadable text) is dropped. */
export function grantedRolesFromText(text: string): GrantedRole[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((r): r is GrantedRole => r === "admin" || r === "leader");
  } catch {
    return [];
  }
}
