/**
 * Bounded retry with exponential backoff for reaching a database at start: a server that is
 * still booting (a container started alongside, a failover) gets a few seconds, then we stop
 * with one clear line instead of hanging or printing a stack.
 */
import { DEFAULT_RETRY, type RetryOptions } from "./database-config.js";
import { DatabaseUnreachableError } from "./database-unreachable.error.js";

/** Error codes worth waiting for: the network or the server is not there yet. */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOTFOUND",
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "53300", // too_many_connections
  "SQLITE_BUSY",
]);

/** True when trying again may help (a refused or reset connection, a server starting up). */
export function isTransientConnectError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : "";
  return /timeout|terminated unexpectedly|Connection terminated/i.test(message);
}

/**
 * Runs `connect` until it succeeds, retrying transient failures with backoff; then throws a
 * DatabaseUnreachableError naming `target`, the attempts and the time spent.
 */
export async function connectWithRetry<T>(
  target: string,
  connect: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_RETRY.attempts);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  let delay = options.initialDelayMs ?? DEFAULT_RETRY.initialDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await connect();
    } catch (error) {
      const transient = isTransientConnectError(error);
      if (!transient || attempt >= attempts) {
        const elapsed = ((now() - started) / 1000).toFixed(1);
        const tries = `${attempt} attempt${attempt === 1 ? "" : "s"} over ${elapsed} s`;
        throw new DatabaseUnreachableError(`Cannot reach the database at ${target} (${tries}): ${reasonOf(error)}`, {
          cause: error,
        });
      }
      await sleep(delay);
      delay = Math.min(delay * 2, options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs);
    }
  }
}

/** The first line of an error's message, with its code when it has one. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] || "unknown error";
  return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
}
