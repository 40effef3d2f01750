/** Tables of the inbox (migration 012): what each person dismissed or snoozed. */
import type { IsoText } from "./column-types.js";

export interface InboxDismissalTable {
  person_id: string;
  /** The item's stable key, e.g. "check_in_request:<audit entry id>". */
  item_key: string;
  /** null: dismissed for good; otherwise hidden until this instant (snoozed). */
  until: IsoText | null;
  at: IsoText;
}
