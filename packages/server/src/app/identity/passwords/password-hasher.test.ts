import { describe, expect, it } from "vitest";
import { argon2idHasher, TEST_COST } from "./password-hasher.js";
import { passwordIssue } from "./password-policy.js";

describe("argon2idHasher", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hasher = argon2idHasher(TEST_COST);
    const hash = await hasher.hash("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await hasher.verify(hash, "correct horse battery")).toBe(true);
    expect(await hasher.verify(hash, "wrong")).toBe(false);
    expect(await hasher.verify("not a hash", "x")).toBe(false);
  });

  it("uses the production cost by default", async () => {
    expect(await argon2idHasher().hash("x")).toContain("m=19456,t=2");
  });
});

describe("passwordIssue", () => {
  it("asks for length, not composition", () => {
    expect(passwordIssue("short")?.reason).toContain("at least 10");
    expect(passwordIssue("x".repeat(257))?.reason).toContain("at most 256");
    expect(passwordIssue("all lower case words")).toBeNull();
  });
});
