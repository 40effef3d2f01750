/**
 * A second writer in its own process, for concurrency tests: a real second connection whose lock
 * waits do not freeze the test's event loop (better-sqlite3 waits synchronously, so two handles
 * in one thread would just time out against each other). Driven over IPC by concurrent-writer.ts.
 */
import { type CheckIn, defaultFramework, type GrowthPlan } from "@ascent/core";
import type { DatabaseConfig } from "../engine/database-config.js";
import { openDatabase } from "../engine/open-database.js";
import { isStoreError } from "../errors/store-error.js";
import { findPlan, updatePlan } from "../repositories/growth-plan.repository.js";
import { recordCheckInWithPosition } from "./record-check-in.fixture.js";

type Request =
  | { readonly type: "read"; readonly planId: string }
  | { readonly type: "update"; readonly plan: GrowthPlan; readonly version: number }
  | { readonly type: "record"; readonly checkIn: CheckIn }
  | { readonly type: "close" };

const config = JSON.parse(process.argv[2] ?? "{}") as DatabaseConfig;
const database = await openDatabase(config);
const send = (message: unknown) => process.send?.(message);

process.on("message", async (request: Request) => {
  try {
    if (request.type === "read") {
      send({ type: "read", result: await findPlan(database.db, request.planId) });
    } else if (request.type === "update") {
      send({ type: "update", version: await updatePlan(database.db, request.plan, request.version) });
    } else if (request.type === "record") {
      await recordCheckInWithPosition(database.db, defaultFramework(), request.checkIn);
      send({ type: "recorded" });
    } else {
      await database.close();
      process.exit(0);
    }
  } catch (error) {
    send({ type: "error", code: isStoreError(error) ? error.code : "unexpected", message: String(error) });
  }
});
send({ type: "ready" });
