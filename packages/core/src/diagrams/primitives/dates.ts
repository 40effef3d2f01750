/** Date handling for time axes: parsing ISO dates and months, and locale-independent labels. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Milliseconds since the epoch for "2026-03", "2026-03-01" or a full ISO timestamp; NaN when unreadable. */
export function parseDate(at: string): number {
  const month = /^(\d{4})-(\d{2})$/.exec(at);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
  return Date.parse(at);
}

/** "Mar 2026" (UTC; no locale, so output never depends on the machine). */
export function monthLabel(at: string): string {
  const t = parseDate(at);
  if (Number.isNaN(t)) return at;
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "12 Mar 2026". */
export function dayLabel(at: string): string {
  const t = parseDate(at);
  if (Number.isNaN(t)) return at;
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A "nice" step (1, 2, 5 × 10ⁿ) giving about `target` ticks up to `max`. */
export function niceStep(max: number, target: number): number {
  if (max <= 0) return 1;
  const raw = max / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}
