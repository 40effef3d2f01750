/**
 * `npm run generate:api`: writes packages/web/src/api/schema.generated.ts from the server's
 * OpenAPI description (built in-process: no database, no port). Run it after changing a route's
 * zod schema; scripts/api-types.test.ts fails until you do.
 */
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { API_TYPES_FILE, renderApiTypes } from "./api-types.js";

writeFileSync(API_TYPES_FILE, await renderApiTypes());
console.log(`wrote ${relative(process.cwd(), API_TYPES_FILE)}`);
