/**
 * One-time and bearer secrets: 256 random bits, handed out once, stored only as their SHA-256
 * (docs/adr/0003-accounts.md), so a leaked database holds no usable token.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new random token (43 base64url characters), optionally with a readable prefix such as `asc_`. */
export function newSecretToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** The SHA-256 of a token, hex: what the database stores and looks up by. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two secrets in constant time (by their hashes, so lengths never leak). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(a), "hex"), Buffer.from(hashToken(b), "hex"));
}
