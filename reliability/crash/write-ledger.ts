/**
 * What the crash-test client sent and what the server acknowledged (answered 2xx). Only an
 * acknowledged write is a promise the server made; a write cut off by the crash may or may not
 * have landed, but if it landed it must have landed whole.
 */

export type Rating = "not_yet" | "emerging" | "established";

/** One check-in the client tried to make: found again by its marker (sent as its notes). */
export interface CheckInAttempt {
  readonly marker: string;
  /** Every rating sent with it: a stored check-in must carry exactly these. */
  readonly ratings: Readonly<Record<string, Rating>>;
  /** Set once the create was acknowledged (201). */
  id: string | null;
  /** True once the submit was acknowledged (200). */
  submitted: boolean;
  /** The crash round it was made in. */
  readonly round: number;
}

/** The growth plan edited under load: every goal list sent, by the version it would become. */
export interface PlanLedger {
  readonly planId: string;
  /** Goal titles, in order, of each version the client wrote (or created). */
  readonly goalsByVersion: Map<number, readonly string[]>;
  /** The highest version the server acknowledged. */
  ackedVersion: number;
  /** Plan edits acknowledged (200). */
  ackedEdits: number;
  /** The crash round of the last acknowledged edit (0 before any). */
  lastAckedRound: number;
}

/** Everything sent, by kind. */
export class WriteLedger {
  readonly checkIns = new Map<string, CheckInAttempt>();
  readonly plan: PlanLedger;

  constructor(planId: string, version: number, goals: readonly string[]) {
    this.plan = {
      planId,
      goalsByVersion: new Map([[version, goals]]),
      ackedVersion: version,
      ackedEdits: 0,
      lastAckedRound: 0,
    };
  }

  /** True once `round` has an acknowledged check-in submission and an acknowledged plan edit. */
  bothKindsAcknowledgedIn(round: number): boolean {
    if (this.plan.lastAckedRound !== round) return false;
    for (const attempt of this.checkIns.values()) if (attempt.round === round && attempt.submitted) return true;
    return false;
  }

  /** Acknowledged writes so far: check-in creates, check-in submits and plan edits. */
  acknowledged(): { creates: number; submits: number; planEdits: number; total: number } {
    let creates = 0;
    let submits = 0;
    for (const attempt of this.checkIns.values()) {
      if (attempt.id !== null) creates += 1;
      if (attempt.submitted) submits += 1;
    }
    const planEdits = this.plan.ackedEdits;
    return { creates, submits, planEdits, total: creates + submits + planEdits };
  }
}
