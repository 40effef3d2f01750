import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { orderedIds } from "./ordered-ids.js";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("orderedIds", () => {
  it("makes version-7 UUIDs carrying the time, unique and ascending in the order they are made", () => {
    const at = Date.parse("2026-03-01T09:00:00.000Z");
    const newId = orderedIds(at);
    const ids = Array.from({ length: 100_000 }, newId);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(UUID_V7);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number.parseInt(ids[0]!.replace("-", "").slice(0, 12), 16)).toBe(at);
  });

  it("carries the counter from rand_a into rand_b without breaking the order", () => {
    // A seed whose counter starts just below a 2^30 boundary.
    const seed = Buffer.from([0x00, 0x00, 0x3f, 0xff, 0xff, 0xfe, 1, 2, 3, 4]);
    const newId = orderedIds(0, () => seed);
    const [a, b, c] = [newId(), newId(), newId()];
    expect(a < b && b < c).toBe(true);
    expect([a, b, c].every((id) => UUID_V7.test(id))).toBe(true);
  });

  it("does not repeat ids of another source started in the same millisecond", () => {
    const first = orderedIds(1000, randomBytes);
    const second = orderedIds(1000, randomBytes);
    const ids = new Set([...Array.from({ length: 1000 }, first), ...Array.from({ length: 1000 }, second)]);
    expect(ids.size).toBe(2000);
  });
});
