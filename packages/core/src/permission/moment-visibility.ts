/**
 * Who may see a moment. While it is only `aware` it is the giver's private note; once permission
 * has been extended the receiver may see it too, whatever happened after.
 */

import type { Moment } from "./moment.types.js";
import { extendedAt } from "./moment-lifecycle.js";

/** True when the person is the giver, or the receiver of a moment that reached `extended`. */
export function isVisibleTo(moment: Moment, personId: string): boolean {
  if (personId === moment.giverId) return true;
  return personId === moment.receiverId && extendedAt(moment) !== null;
}
