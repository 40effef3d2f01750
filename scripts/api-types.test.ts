import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, renderApiTypes } from "./api-types.js";

describe("the web app's generated API types", () => {
  it("match the OpenAPI description the server's zod schemas give today", async () => {
    const checkedIn = readFileSync(API_TYPES_FILE, "utf8");
    const fresh = await renderApiTypes();
    // One line, not a diff of thousands: the fix is always the same.
    expect(checkedIn === fresh, "packages/web/src/api/schema.generated.ts is stale: run `npm run generate:api`").toBe(
      true,
    );
  }, 60_000);
});
