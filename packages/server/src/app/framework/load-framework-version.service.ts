/**
 * Use case: an admin loads a new version of the organisation's framework (YAML or JSON text).
 * The core parser validates it and every problem comes back at once, each with its path, line and
 * reason. When check-ins exist, the new version must also be a proper successor of the active one
 * (same framework, a version that goes up, no stage dropped without a `replaces`), or ratings
 * already given would be lost. On success the version is stored (every version is kept), made the
 * active one, and the read models are rebuilt under it — all in one transaction. A dry run does
 * every check and writes nothing.
 */
import {
  checkVersionSuccession,
  defaultFramework,
  diffFrameworkVersions,
  type Framework,
  type FrameworkIssue,
  type FrameworkVersionDiff,
  parseFramework,
} from "@ascent/core";
import { rebuildReadModels } from "../../store/read-models/rebuild-read-models.js";
import { anyCheckInExists } from "../../store/repositories/check-in.repository.js";
import {
  activateFrameworkVersion,
  activeFramework,
  type FrameworkVersionRecord,
  findActiveFrameworkVersion,
  findFrameworkVersionByHash,
  insertFrameworkVersions,
} from "../../store/repositories/framework-version.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { frameworkVersionRecord } from "../../store/transfer/load-demo-organisation.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { AppError, AppErrorCode, type FieldIssue, validationFailed } from "../errors/app-error.js";

/** Framework files are small; this is far above any real one (and below the body limit). */
export const MAX_FRAMEWORK_SOURCE_LENGTH = 512 * 1024;

/** What the admin sends. */
export interface LoadFrameworkInput {
  /** The framework's text. */
  readonly source: unknown;
  /** yaml or json; by default JSON when the text starts with "{", else YAML. */
  readonly format?: unknown;
  /** Check only: write nothing. */
  readonly dryRun?: boolean;
  /** The content hash of the active framework the admin started from; a different one is a 409. */
  readonly basedOn?: string | undefined;
}

/** What happened. */
export interface LoadFrameworkResult {
  readonly dryRun: boolean;
  /** True when a new version was stored; false when the same content was already the active one. */
  readonly created: boolean;
  readonly framework: Framework;
  /** The stored version (null on a dry run of a version not stored yet). */
  readonly version: Omit<FrameworkVersionRecord, "source"> | null;
  /** Stage by stage, what changes against the framework active before. */
  readonly changes: FrameworkVersionDiff;
}

/** One problem as a field issue: the path in the document, and the line in the text when known. */
export function frameworkIssueToField(issue: FrameworkIssue): FieldIssue {
  return {
    field: issue.path === "" ? "source" : issue.path,
    reason: issue.line === undefined ? issue.reason : `line ${issue.line}: ${issue.reason}`,
  };
}

function withoutSource(record: FrameworkVersionRecord): Omit<FrameworkVersionRecord, "source"> {
  const { source: _source, ...rest } = record;
  return rest;
}

/** Validates and (unless a dry run) stores and activates a framework version; admins only. */
export async function loadFrameworkVersion(
  ctx: AppContext,
  actor: Actor,
  input: LoadFrameworkInput,
): Promise<LoadFrameworkResult> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "framework");
  const source = input.source;
  if (typeof source !== "string" || source.trim() === "") {
    throw validationFailed([{ field: "source", reason: "is required: the framework as YAML or JSON text" }]);
  }
  if (source.length > MAX_FRAMEWORK_SOURCE_LENGTH) {
    throw validationFailed([{ field: "source", reason: `must be at most ${MAX_FRAMEWORK_SOURCE_LENGTH} characters` }]);
  }
  const format =
    input.format === undefined ? undefined : input.format === "yaml" || input.format === "json" ? input.format : null;
  if (format === null) throw validationFailed([{ field: "format", reason: "must be yaml or json" }]);
  const sourceFormat = format ?? (source.trimStart().startsWith("{") ? "json" : "yaml");
  const parsed = parseFramework(source, { format: sourceFormat });
  if (!parsed.ok) throw validationFailed(parsed.errors.map(frameworkIssueToField));
  const framework = parsed.framework;

  try {
    return await inTransaction(ctx.db, async (db) => {
      const activeRecord = await findActiveFrameworkVersion(db);
      const active = await activeFramework(db);
      if (input.basedOn !== undefined && input.basedOn !== active.contentHash) {
        throw new AppError(
          AppErrorCode.Conflict,
          "The framework changed since you loaded it (another version is active now); reload and try again",
        );
      }
      const changes = diffFrameworkVersions(active, framework);
      const existing = await findFrameworkVersionByHash(db, framework.contentHash);
      if (existing?.isActive) {
        return { dryRun: input.dryRun === true, created: false, framework, version: withoutSource(existing), changes };
      }
      // Ratings already given must carry over; before any check-in, anything goes (a first custom framework).
      const anyCheckIn = await anyCheckInExists(db);
      const succession = anyCheckIn ? checkVersionSuccession(active, framework) : [];
      if (succession.length > 0) throw validationFailed(succession.map(frameworkIssueToField));
      if (input.dryRun) {
        return { dryRun: true, created: false, framework, version: existing ? withoutSource(existing) : null, changes };
      }
      const now = ctx.now();
      // The built-in default was in force without being stored: keep it as the version it was, so
      // check-ins made against it still find it.
      if (!activeRecord) {
        const builtIn = defaultFramework();
        if (!(await findFrameworkVersionByHash(db, builtIn.contentHash))) {
          await insertFrameworkVersions(db, [
            { ...frameworkVersionRecord(builtIn, now), activatedAt: null, isActive: false },
          ]);
        }
      }
      const record: FrameworkVersionRecord = existing ?? {
        id: ctx.newId(),
        frameworkId: framework.id,
        name: framework.name,
        version: framework.version,
        contentHash: framework.contentHash,
        sourceFormat,
        source,
        createdAt: now,
        activatedAt: null,
        isActive: false,
      };
      if (!existing) await insertFrameworkVersions(db, [record]);
      await activateFrameworkVersion(db, record.id, now);
      // Positions, the position log and the dashboard counts follow the stages of the new version.
      await rebuildReadModels(db, framework);
      await audit(ctx, db, {
        at: now,
        actorId: actor.accountId,
        action: "framework.activated",
        targetKind: "framework_version",
        targetId: record.id,
        details: {
          frameworkId: framework.id,
          version: framework.version,
          contentHash: framework.contentHash,
          previous: active.contentHash,
        },
      });
      return {
        dryRun: false,
        created: !existing,
        framework,
        version: withoutSource({ ...record, activatedAt: now, isActive: true }),
        changes,
      };
    });
  } catch (error) {
    // Another admin activated a version at the same instant: the one-active index refused ours.
    if (isUniqueViolation(error)) {
      throw new AppError(
        AppErrorCode.Conflict,
        "Another framework version was loaded at the same time; reload and try again",
      );
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === "23505" || (typeof e?.code === "string" && e.code.startsWith("SQLITE_CONSTRAINT_UNIQUE"));
}
