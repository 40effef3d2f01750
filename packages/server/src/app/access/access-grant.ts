/** Why an actor may act on a record: the relationship that granted it. */

/**
 * The relationship behind a grant. `admin_policy` means the organisation's privacy policy let an
 * admin read private content: such grants are audited.
 */
export type GrantVia =
  | "owner"
  | "author"
  | "giver"
  | "receiver"
  | "mentor"
  | "lead"
  | "leader"
  | "admin"
  | "admin_policy";

/** Granted ids with the relationship that granted each. */
export type Grants = Map<string, GrantVia>;
