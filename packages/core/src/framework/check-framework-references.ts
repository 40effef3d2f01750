/**
 * Checks that need the whole document at once: ids unique where they must be, and `replaces`
 * naming only stages of earlier versions, each continued by one stage.
 */
import type { FrameworkIssue } from "./framework.types.js";
import type { IdOccurrence } from "./read-framework-document.js";

const NOUN: Record<IdOccurrence["kind"], string> = {
  level: "level id",
  stage: "stage id",
  signal: "signal id",
  replaces: "replaced id",
};

/** Every issue with duplicate ids and `replaces` entries, each at the later occurrence. */
export function checkFrameworkReferences(ids: readonly IdOccurrence[]): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const push = (at: IdOccurrence, reason: string) =>
    issues.push(at.line === undefined ? { path: at.path, reason } : { path: at.path, line: at.line, reason });

  // Stage and signal ids are unique across the framework, not just their level: a check-in names them alone.
  for (const kind of ["level", "stage", "signal"] as const) {
    const first = new Map<string, IdOccurrence>();
    for (const at of ids) {
      if (at.kind !== kind) continue;
      const earlier = first.get(at.id);
      if (earlier) push(at, `duplicate ${NOUN[kind]} "${at.id}"; ${earlier.path} already uses it${lineNote(earlier)}`);
      else first.set(at.id, at);
    }
  }

  const stages = new Map(ids.filter((at) => at.kind === "stage").map((at) => [at.id, at]));
  const replacedBy = new Map<string, IdOccurrence>();
  for (const at of ids) {
    if (at.kind !== "replaces") continue;
    const stage = stages.get(at.id);
    const earlier = replacedBy.get(at.id);
    if (at.id === at.stageId) {
      push(at, "a stage cannot replace itself; list only ids the stage had in earlier versions");
    } else if (stage) {
      push(
        at,
        `"${at.id}" is a stage of this version${lineNote(stage)}; \`replaces\` names stage ids of earlier versions only`,
      );
    } else if (earlier) {
      const who =
        earlier.stageId === at.stageId
          ? "this stage already lists it"
          : `stage "${earlier.stageId}" already replaces it`;
      push(
        at,
        `"${at.id}" is replaced twice; ${who}${lineNote(earlier)}, and an old stage can continue as one stage only`,
      );
    } else {
      replacedBy.set(at.id, at);
    }
  }
  return issues;
}

function lineNote(at: IdOccurrence): string {
  return at.line === undefined ? "" : ` (line ${at.line})`;
}
