import { describe, expect, it } from "vitest";
import { oneTimeLink } from "./one-time-link.js";
import { hashToken, newSecretToken, sameSecret } from "./secret-token.js";

describe("secret tokens", () => {
  it("are 256 random bits, prefixed when asked", () => {
    const a = newSecretToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecretToken("asc_")).toMatch(/^asc_[A-Za-z0-9_-]{43}$/);
    expect(newSecretToken()).not.toBe(a);
  });

  it("are stored as their SHA-256 and compared in constant time", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sameSecret("abc", "abc")).toBe(true);
    expect(sameSecret("abc", "abcd")).toBe(false);
  });

  it("travel in the link's fragment, which browsers never send to a server", () => {
    expect(oneTimeLink("https://ascent.example.com/base", "/invitation", "T0K")).toBe(
      "https://ascent.example.com/invitation#token=T0K",
    );
  });
});
