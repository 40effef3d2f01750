/**
 * The generator's working record of one demo person: the public `Person` plus the story the
 * generator needs to write their check-ins, evidence and plans. Never leaves the demo folder.
 */
import type { Person } from "../organisation/organisation.types.js";
import type { CastMember } from "./demo-cast.js";
import type { Trajectory } from "./demo-trajectory.js";

export interface DemoActor {
  readonly person: Person;
  readonly cast: CastMember;
  /** 1-based number used in ids ("person-007" → 7). */
  readonly number: number;
  readonly teamIndex: number | null;
  readonly joinedAt: number;
  /** When the person left (deactivated); null while active. */
  readonly leftAt: number | null;
  /** When their record starts: the first check-in is due from here. */
  readonly recordFrom: number;
  /** Where their record ends: `now`, or the day they left. */
  readonly recordTo: number;
  readonly trajectory: Trajectory;
  /** Half steps a self check-in adds to the truth (positive: optimistic). */
  readonly selfBias: number;
  /** A stage number rated established early (a foundation gap), and from when. */
  readonly gap: { readonly stageNumber: number; readonly since: number } | null;
}
