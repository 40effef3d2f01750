/** Tables of the weekly digest of nudges (migration 009): preferences, weekly claims, deliveries. */
import type { Flag, IsoText } from "./column-types.js";

export interface DigestPreferenceTable {
  account_id: string;
  /** 1: send me the weekly digest (the default when there is no row); 0: do not. */
  weekly_digest: Flag;
  updated_at: IsoText;
}

export interface DigestWeekTable {
  /** The scheduled instant of the week's digest, e.g. "2026-06-01T08:00:00.000Z". */
  week: string;
  /** The instance that claimed it (a random id per process). */
  claimed_by: string;
  claimed_at: IsoText;
  /** Until when the claim holds; a claim not finished by then may be taken over. */
  lease_until: IsoText;
  finished_at: IsoText | null;
  /** Mails sent, once finished. */
  sent: number;
}

export interface DigestDeliveryTable {
  week: string;
  account_id: string;
  sent_at: IsoText;
  /** How many nudges the mail listed. */
  nudges: number;
}
