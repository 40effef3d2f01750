/**
 * Helpers shared by the demo tests: grouping check-ins by person and walking every value of
 * the organisation. Test-only; nothing in the generator imports it.
 */
import type { CheckIn } from "../progression/progression.types.js";

/** Check-ins grouped by the person they assess. */
export function checkInsByPerson(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const map = new Map<string, CheckIn[]>();
  for (const checkIn of checkIns) {
    const list = map.get(checkIn.personId) ?? [];
    list.push(checkIn);
    map.set(checkIn.personId, list);
  }
  return map;
}

/** Every string in a value with the key it sits under, depth first. */
export function stringsIn(value: unknown, key = ""): { key: string; value: string }[] {
  if (typeof value === "string") return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringsIn(item, key));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, k));
  }
  return [];
}
