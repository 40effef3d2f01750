/**
 * Autosave for a check-in draft: edits are sent a moment after the person stops changing things,
 * one request at a time, each quoting the version the last save returned (a stale one is refused
 * by the server with 409 and shown, never overwritten).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { answer, api } from "../../api/client.js";

/** The editable part of a draft. */
export interface DraftState {
  readonly ratings: Readonly<Record<string, "not_yet" | "emerging" | "established">>;
  readonly signalTicks: Readonly<Record<string, readonly string[]>>;
  readonly notes: string;
}

/** Where saving stands, in words a status line can show. */
export type SaveStatus =
  | { kind: "saved"; at: Date }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "error"; error: unknown };

const DELAY_MS = 700;

/** Saves `state` whenever it changes; `flush()` saves now and resolves with the latest version. */
export function useAutosave(checkInId: string, initialVersion: number, state: DraftState) {
  const version = useRef(initialVersion);
  const lastSent = useRef(JSON.stringify(state));
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: new Date() });

  const save = useCallback(async (): Promise<void> => {
    // One save at a time: the next one must quote the version this one returns.
    if (inFlight.current) await inFlight.current;
    const snapshot = latest.current;
    const body = JSON.stringify(snapshot);
    if (body === lastSent.current) return;
    setStatus({ kind: "saving" });
    const run = (async () => {
      try {
        const result = await answer(
          api.PATCH("/api/v1/check-ins/{checkInId}", {
            params: { path: { checkInId } },
            body: {
              version: version.current,
              ratings: snapshot.ratings,
              // The contract's bodies take plain arrays; the draft keeps readonly ones.
              signalTicks: Object.fromEntries(
                Object.entries(snapshot.signalTicks).map(([stageId, ticks]) => [stageId, [...ticks]]),
              ),
              notes: snapshot.notes,
            },
          }),
        );
        version.current = result.version;
        lastSent.current = body;
        setStatus({ kind: "saved", at: new Date() });
      } catch (error) {
        setStatus({ kind: "error", error });
        throw error;
      }
    })();
    inFlight.current = run.catch(() => undefined);
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }, [checkInId]);

  const serialized = JSON.stringify(state);
  useEffect(() => {
    if (serialized === lastSent.current) return;
    setStatus({ kind: "pending" });
    const timer = window.setTimeout(() => void save().catch(() => undefined), DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [serialized, save]);

  const flush = useCallback(async (): Promise<number> => {
    await save();
    return version.current;
  }, [save]);

  return { status, flush, retry: () => void save().catch(() => undefined) };
}
