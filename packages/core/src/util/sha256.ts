import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * SHA-256 of a UTF-8 string, as lowercase hex. Uses an audited pure-JS implementation so the
 * core stays free of Node APIs and runs the same in the browser.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(nobleSha256(utf8ToBytes(text)));
}
