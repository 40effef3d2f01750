import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256.js";

describe("sha256Hex", () => {
  it("matches the published SHA-256 of 'abc'", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("hashes non-ASCII text as UTF-8", () => {
    expect(sha256Hex("é")).not.toBe(sha256Hex("e"));
    expect(sha256Hex("é")).toHaveLength(64);
  });
});
