/**
 * What the web offers across the organisation, as the server's access gate granted it
 * (`GET /api/v1/me` → `may`). It only chooses what to offer — a menu entry, a link, a page's frame;
 * the gate decides every answer, and anything offered by mistake would still be refused there.
 */
import type { Me } from "../api/contract.js";

/** Whether the signed-in person administers the organisation. */
export function isAdmin(me: Me): boolean {
  return me.may.administer;
}

/** Whether the organisation's dashboards are theirs to open: whoever oversees it, and anyone leading a team or group. */
export function mayOpenDashboards(me: Me, leadsSomething: boolean): boolean {
  return me.may.oversee || leadsSomething;
}
