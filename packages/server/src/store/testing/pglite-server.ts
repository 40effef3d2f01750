/**
 * PGlite served over TCP on 127.0.0.1 (random port), so tests reach it through the same `pg`
 * driver and code path the product uses against a real PostgreSQL server.
 */
import { createServer, type Server, type Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler } from "@electric-sql/pglite-socket";
import { PgliteQueryQueue } from "./pglite-query-queue.js";

/** A running PGlite socket server. */
export interface PgliteServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite behind a socket server that accepts any number of connections. The handler of
 * pglite-socket parses the wire protocol; our queue (see pglite-query-queue.ts) decides who runs.
 */
export async function startPgliteServer(): Promise<PgliteServer> {
  const db = await PGlite.create();
  const queue = new PgliteQueryQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const server: Server = createServer((socket: Socket) => {
    // The handler's type names pglite-socket's own queue class; ours has the same methods.
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    handlers.add(handler);
    handler.addEventListener("close", () => handlers.delete(handler));
    handler.addEventListener("error", () => handlers.delete(handler));
    void handler.attach(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("PGlite server has no TCP address");
  return {
    url: `postgres://postgres@127.0.0.1:${address.port}/postgres`,
    async stop() {
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
