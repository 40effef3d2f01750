/**
 * The weekly digest's clock inside `ascent serve`: every few minutes it asks whether a week's
 * digest is due (digest-schedule.ts) and not yet finished, and if so tries to send it. Instances
 * need no coordination besides the database claim (send-weekly-digest.service.ts), so every
 * instance of a deployment runs one. Checks never overlap, and stop() waits for a run in flight.
 */
import { randomUUID } from "node:crypto";
import type { Mailer } from "../../mail/mailer.js";
import { isDigestWeekFinished } from "../../store/repositories/digest.repository.js";
import type { AppContext } from "../context/app-context.js";
import { type DigestSchedule, dueDigestWeek } from "./digest-schedule.js";
import { type DigestRunResult, sendWeeklyDigest } from "./send-weekly-digest.service.js";

/** Where the scheduler reports (a pino logger fits). */
export interface DigestLog {
  info(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** What the scheduler needs. */
export interface DigestSchedulerOptions {
  readonly ctx: AppContext;
  readonly mailer: Mailer;
  readonly schedule: DigestSchedule;
  readonly publicUrl: string;
  /** How often to check (default every 10 minutes). */
  readonly intervalMs?: number;
  /** This process's id in claims (random by default). */
  readonly instance?: string;
  readonly log?: DigestLog;
}

/** A running scheduler. */
export interface DigestScheduler {
  /** Checks now (tests call this instead of waiting); null when no digest was due. */
  check(): Promise<DigestRunResult | null>;
  /** Stops checking and waits for a run in flight. */
  stop(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 10 * 60_000;

/** Starts checking (the first check right away: a server started late in the hour still sends). */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const instance = options.instance ?? randomUUID();
  let running: Promise<DigestRunResult | null> | null = null;
  let stopped = false;

  const run = async (): Promise<DigestRunResult | null> => {
    const week = dueDigestWeek(options.ctx.now(), options.schedule);
    if (week === null || (await isDigestWeekFinished(options.ctx.db, week))) return null;
    const result = await sendWeeklyDigest(options.ctx, options.mailer, {
      week,
      instance,
      publicUrl: options.publicUrl,
      onMailError: (accountId, error) =>
        options.log?.error({ accountId, code: (error as { code?: unknown })?.code ?? null }, "digest mail refused"),
    });
    if (result.claimed) options.log?.info({ week, ...result }, "weekly digest sent");
    return result;
  };

  const check = (): Promise<DigestRunResult | null> => {
    if (stopped) return Promise.resolve(null);
    running ??= run()
      .catch((error: unknown) => {
        options.log?.error({ err: error }, "weekly digest failed");
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void check(), options.intervalMs ?? DEFAULT_INTERVAL_MS);
  // The timer alone must not keep the process alive (serve's server does).
  timer.unref();
  void check();
  return {
    check,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
