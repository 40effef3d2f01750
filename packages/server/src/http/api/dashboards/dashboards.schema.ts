/** Schemas of dashboards. */
import { z } from "zod";
import type { CalibrationGaps } from "../../../app/dashboards/get-calibration-gaps.service.js";
import type { LeadershipCoverage } from "../../../app/dashboards/get-leadership-coverage.service.js";
import type { MomentEffects } from "../../../app/dashboards/get-moment-effects.service.js";
import type { Nudges } from "../../../app/dashboards/get-nudges.service.js";
import type { PermissionChain } from "../../../app/dashboards/get-permission-chain.service.js";
import type { Pipeline } from "../../../app/dashboards/get-pipeline.service.js";
import type { StageDistribution } from "../../../app/dashboards/get-stage-distribution.service.js";
import { schemaDescribes } from "../schema-describes.js";

const positive = z.coerce.number().int().positive().max(1200);

/** `?months=` of the pipeline (default 24). */
export const pipelineQuerySchema = z.object({ months: positive.optional() });

/** `?limit=&cursor=` of leadership coverage: teams per page (default 10, at most 100), and the page to start at. */
export const coverageQuerySchema = z.object({
  limit: z.coerce.number().int().positive().max(100).optional(),
  cursor: z.string().min(1).max(400).optional(),
});

/** `?windowMonths=` of moment effects (default 12). */
export const momentEffectsQuerySchema = z.object({ windowMonths: positive.optional() });

/** Thresholds of nudges, in days (defaults in the service). */
export const nudgesQuerySchema = z.object({
  mentorInactiveDays: positive.optional(),
  candidateAfterDays: positive.optional(),
  stuckAfterDays: positive.optional(),
  dropWithinDays: positive.optional(),
  requestWithinDays: positive.optional(),
});

/** Which people a dashboard covers: the whole organisation, or the teams the actor leads. */
const dashboardScopeSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("organisation") }),
    z.object({
      kind: z.literal("teams"),
      teamIds: z.array(z.string()).readonly().describe("Led directly or through a group"),
    }),
  ])
  .meta({ id: "DashboardScope" });

const count = z.number().int();

/** Stage id → people, every stage of the framework present (zeros too), in path order. */
const perStageSchema = z
  .record(z.string(), count)
  .describe("Stage id → people working on it; those who reached every stage count at the last stage");

/** `GET /dashboards/stage-distribution`. */
export const stageDistributionSchema = z
  .object({
    scope: dashboardScopeSchema,
    perStage: perStageSchema,
    reachedAll: count.describe("Of the people at the last stage, how many have reached it too"),
    notAssessed: count.describe("Active people without any submitted check-in yet (not in perStage)"),
    total: count,
  })
  .meta({ id: "StageDistribution" });
schemaDescribes<typeof stageDistributionSchema, StageDistribution>(true);

/** `GET /dashboards/pipeline`. */
export const pipelineSchema = z
  .object({
    scope: dashboardScopeSchema,
    months: z
      .array(
        z
          .object({ month: z.string().describe("YYYY-MM"), perStage: perStageSchema.describe("At the month's end") })
          .meta({ id: "PipelineMonth" }),
      )
      .readonly()
      .describe("Oldest month first, up to the current month"),
  })
  .meta({ id: "Pipeline" });
schemaDescribes<typeof pipelineSchema, Pipeline>(true);

const coverageFigures = {
  teams: count.describe("Teams with active people"),
  covered: count.describe("Of them, teams with someone at the coverage stage or beyond"),
};

/** `GET /dashboards/leadership-coverage`. */
export const leadershipCoverageSchema = z
  .object({
    scope: dashboardScopeSchema,
    stageId: z.string().describe('The stage that counts as "team ownership"'),
    summary: z
      .object({ ...coverageFigures, teamsWithoutPeople: count.describe("Teams without any active member") })
      .describe("Over the whole scope"),
    groups: z
      .array(z.object({ groupId: z.string(), name: z.string(), ...coverageFigures }).meta({ id: "GroupCoverage" }))
      .readonly()
      .describe("Groups with uncovered teams, the most first (at most 10)"),
    teams: z
      .array(
        z
          .object({
            teamId: z.string(),
            name: z.string(),
            members: count.describe("Active people in the team"),
            leaders: count.describe("Of them, people at the coverage stage or beyond"),
            covered: z.boolean(),
          })
          .meta({ id: "TeamCoverage" }),
      )
      .readonly()
      .describe("One page of teams with people, fewest leaders first"),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last one"),
  })
  .meta({ id: "LeadershipCoverage" });
schemaDescribes<typeof leadershipCoverageSchema, LeadershipCoverage>(true);

/** `GET /dashboards/calibration`. */
export const calibrationGapsSchema = z
  .object({
    scope: dashboardScopeSchema,
    gaps: z
      .array(
        z
          .object({
            personId: z.string(),
            name: z.string(),
            selfProgress: z.number(),
            mentorProgress: z.number(),
            difference: z.number().describe("Self minus mentor: positive when people place themselves further"),
          })
          .meta({ id: "CalibrationGap" }),
      )
      .readonly()
      .describe("Largest difference first"),
  })
  .meta({ id: "CalibrationGaps" });
schemaDescribes<typeof calibrationGapsSchema, CalibrationGaps>(true);

const nameOrNull = z.string().nullable().describe("Null when you may not look at the person");

/** `GET /dashboards/nudges`. */
export const nudgesSchema = z
  .object({
    scope: dashboardScopeSchema,
    overdueCheckIns: z
      .array(
        z
          .object({
            mentorshipId: z.string(),
            mentorId: z.string(),
            mentorName: nameOrNull,
            menteeId: z.string(),
            menteeName: nameOrNull,
            lastCheckInAt: z.string().nullable(),
            dueAt: z.string().describe("The last check-in (or the mentorship's start) plus its cadence"),
            daysOverdue: count,
          })
          .meta({ id: "OverdueCheckInNudge" }),
      )
      .readonly(),
    inactiveMentors: z
      .array(
        z
          .object({
            mentorId: z.string(),
            mentorName: nameOrNull,
            lastCheckInAt: z.string().nullable().describe("The mentor's latest check-in that counts for a mentee"),
            days: count.describe("Days since then (or since their earliest running mentorship began)"),
          })
          .meta({ id: "InactiveMentorNudge" }),
      )
      .readonly(),
    checkInRequests: z
      .array(
        z
          .object({
            mentorId: z.string(),
            mentorName: nameOrNull,
            menteeId: z.string(),
            menteeName: nameOrNull,
            at: z.string().describe("When the mentee asked; listed until a check-in of theirs is submitted"),
          })
          .meta({ id: "CheckInRequestNudge" }),
      )
      .readonly(),
    candidates: z
      .array(
        z
          .object({
            personId: z.string(),
            personName: nameOrNull,
            reached: count.describe("Stages reached"),
            since: z.string().describe("When their position last changed"),
            days: count,
          })
          .meta({ id: "CandidateNudge" }),
      )
      .readonly()
      .describe("Settled long enough to be considered for Awesome Permission (never people staying by choice)"),
    stuck: z
      .array(
        z
          .object({
            personId: z.string(),
            personName: nameOrNull,
            stageId: z.string().describe("The stage they work on"),
            since: z.string().describe("When their position last changed"),
            days: count,
          })
          .meta({ id: "StuckNudge" }),
      )
      .readonly()
      .describe("At one stage for long (never people staying by choice)"),
    drops: z
      .array(
        z
          .object({
            personId: z.string(),
            personName: nameOrNull,
            at: z.string(),
            fromProgress: z.number(),
            toProgress: z.number(),
          })
          .meta({ id: "DropNudge" }),
      )
      .readonly()
      .describe("Recent falls in progress"),
  })
  .meta({ id: "Nudges" });
schemaDescribes<typeof nudgesSchema, Nudges>(true);

const velocityWindowSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    velocity: z.number().nullable().describe("Progress per year; null when nothing is known about the window"),
    points: count.describe("Position changes dated inside the window"),
  })
  .meta({ id: "VelocityWindow" });

/** `GET /dashboards/moment-effects`. */
export const momentEffectsSchema = z
  .object({
    scope: dashboardScopeSchema,
    countsByState: z.record(z.string(), count).describe("Moment state → moments in it (counts only)"),
    effects: z
      .array(
        z
          .object({
            momentId: z.string(),
            giverId: z.string(),
            receiverId: z.string(),
            extendedAt: z.string(),
            before: velocityWindowSchema,
            after: velocityWindowSchema,
            difference: z.number().nullable().describe("After minus before, in progress per year"),
            insufficientData: z.boolean().describe("True when either velocity cannot be known"),
          })
          .meta({ id: "MomentEffect" }),
      )
      .readonly(),
    aggregate: z
      .object({
        count: count.describe("Effects with data in both windows"),
        excluded: count.describe("Effects left out for lack of data"),
        meanDifference: z.number().nullable(),
        medianDifference: z.number().nullable(),
      })
      .meta({ id: "EffectAggregate" }),
  })
  .meta({ id: "MomentEffects" });
schemaDescribes<typeof momentEffectsSchema, MomentEffects>(true);

/** One giver → receiver link, with the links the receiver went on to give (a tree). */
const chainLinkSchema = z
  .object({
    momentId: z.string(),
    giverId: z.string(),
    receiverId: z.string(),
    extendedAt: z.string(),
    get children(): z.ZodReadonly<z.ZodArray<typeof chainLinkSchema>> {
      return z.array(chainLinkSchema).readonly();
    },
  })
  .meta({ id: "ChainLink" });

/** `GET /dashboards/permission-chain`. */
export const permissionChainSchema = z
  .object({
    scope: dashboardScopeSchema,
    roots: z.array(chainLinkSchema).readonly().describe("Links whose giver had not received a moment before"),
    longest: z
      .object({
        depth: count.describe("Links in the run (a → b → c is 2)"),
        momentIds: z.array(z.string()).readonly(),
        personIds: z.array(z.string()).readonly().describe("First giver first"),
      })
      .meta({ id: "LongestChain" }),
    names: z.record(z.string(), z.string()).describe("Person id → name, for everyone in the links"),
  })
  .meta({ id: "PermissionChain" });
schemaDescribes<typeof permissionChainSchema, PermissionChain>(true);
