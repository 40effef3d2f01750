/** Tables of accounts and access (see docs/adr/0003-accounts.md): never exported. */
import type { IsoText, JsonText } from "./column-types.js";

export interface AccountTable {
  id: string;
  person_id: string | null;
  email: string;
  /** argon2id; null until an invitation is accepted. */
  password_hash: string | null;
  created_at: IsoText;
  last_login_at: IsoText | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token. */
  id: string;
  account_id: string;
  created_at: IsoText;
  expires_at: IsoText;
  last_seen_at: IsoText;
}

export interface ApiTokenTable {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  scopes: JsonText;
  created_at: IsoText;
  last_used_at: IsoText | null;
  revoked_at: IsoText | null;
}

export interface InvitationTable {
  id: string;
  email: string;
  person_id: string | null;
  token_hash: string;
  invited_by: string | null;
  created_at: IsoText;
  expires_at: IsoText;
  used_at: IsoText | null;
}

export interface PasswordResetTable {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: IsoText;
  expires_at: IsoText;
  used_at: IsoText | null;
}

export interface RateLimitTable {
  key: string;
  count: number;
  window_start: IsoText;
  blocked_until: IsoText | null;
}

export interface AuditLogTable {
  id: string;
  at: IsoText;
  /** The account that acted; null for the system. */
  actor_id: string | null;
  action: string;
  target_kind: string;
  target_id: string | null;
  /** JSON object with the facts of the action. */
  details: JsonText;
}
