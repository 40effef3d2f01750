/** Starts and drives a concurrent-writer process (see concurrent-writer.process.ts). */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CheckIn, GrowthPlan } from "@ascent/core";
import type { DatabaseConfig } from "../engine/database-config.js";
import type { Versioned } from "../repositories/store.types.js";

type Reply =
  | { readonly type: "ready" }
  | { readonly type: "read"; readonly result: Versioned<GrowthPlan> | undefined }
  | { readonly type: "update"; readonly version: number }
  | { readonly type: "recorded" }
  | { readonly type: "error"; readonly code: string; readonly message: string };

/** A writer in another process with its own connection to the database `config` names. */
export interface ConcurrentWriter {
  readPlan(planId: string): Promise<Versioned<GrowthPlan> | undefined>;
  /** Resolves with the new version, or rejects with an Error whose `code` is the StoreError code. */
  updatePlan(plan: GrowthPlan, version: number): Promise<number>;
  /** Records a submitted check-in (default framework) with its read models, in one transaction. */
  recordCheckIn(checkIn: CheckIn): Promise<void>;
  close(): Promise<void>;
}

/** Forks the writer (TypeScript through tsx, resolving workspace packages to their sources). */
export async function startConcurrentWriter(config: DatabaseConfig): Promise<ConcurrentWriter> {
  const script = fileURLToPath(new URL("./concurrent-writer.process.ts", import.meta.url));
  const child: ChildProcess = fork(script, [JSON.stringify(config)], {
    execArgv: ["--import", "tsx", "--conditions", "source"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      child.once("message", (reply) => resolve(reply as Reply));
      child.once("exit", (code) => reject(new Error(`concurrent writer exited (${code})`)));
    });
  const ask = async (request: unknown) => {
    const reply = next();
    child.send(request as object);
    const answer = await reply;
    if (answer.type === "error") throw Object.assign(new Error(answer.message), { code: answer.code });
    return answer;
  };
  const ready = await next();
  if (ready.type !== "ready") throw new Error("concurrent writer did not start");
  return {
    async readPlan(planId) {
      return ((await ask({ type: "read", planId })) as Extract<Reply, { type: "read" }>).result;
    },
    async updatePlan(plan, version) {
      return ((await ask({ type: "update", plan, version })) as Extract<Reply, { type: "update" }>).version;
    },
    async recordCheckIn(checkIn) {
      await ask({ type: "record", checkIn });
    },
    async close() {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.send({ type: "close" });
      await exited;
    },
  };
}
