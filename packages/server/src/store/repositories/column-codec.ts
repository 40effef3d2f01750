/** Converting between domain values and the portable column forms (see schema/column-types.ts). */
import type { Flag, IsoText, JsonText } from "../schema/column-types.js";

/** A value as JSON text. */
export function toJson(value: unknown): JsonText {
  return JSON.stringify(value);
}

/** JSON text back to a value; the schema guarantees the shape. */
export function fromJson<T>(text: JsonText): T {
  return JSON.parse(text) as T;
}

/** JSON text or null back to a value or null. */
export function fromNullableJson<T>(text: JsonText | null): T | null {
  return text === null ? null : fromJson<T>(text);
}

/** A boolean as 0/1. */
export function toFlag(value: boolean): Flag {
  return value ? 1 : 0;
}

/** 0/1 (or a driver's boolean) as a boolean. */
export function fromFlag(value: number | boolean): boolean {
  return value === 1 || value === true;
}

/** A timestamp in the canonical stored form `YYYY-MM-DDTHH:mm:ss.sssZ`; throws on anything else. */
export function toIsoText(value: string): IsoText {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a timestamp: "${value}"`);
  return new Date(ms).toISOString();
}

/** Numbers from `pg` may come as strings (bigint, numeric): normalise. */
export function toNumber(value: number | string | bigint): number {
  return typeof value === "number" ? value : Number(value);
}
