/**
 * What one person's weekly digest says: the items of their inbox (app/inbox: the same items, with
 * the same links, as the web's inbox page) and, when they lead a team or group or are a leader or admin, the nudges of their dashboard (get-nudges.service,
 * with its access rules: a person the reader may not look at stays unnamed). Each line is a short
 * sentence with a link into the web app. Built from names, dates, stages and numbers only — never
 * notes, evidence, messages or moment text.
 */
import { type Framework, formatProgress, frameworkPath, stageLabel } from "@ascent/core";
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { getNudges, type Nudges } from "../dashboards/get-nudges.service.js";
import { AppErrorCode, isAppError } from "../errors/app-error.js";
import { readInbox } from "../inbox/read-inbox.js";

/** One thing to do, and where to do it. */
export interface DigestLine {
  readonly text: string;
  readonly link: string;
}

/** A group of lines; `more` counts those left out to keep the mail short. */
export interface DigestSection {
  readonly heading: string;
  readonly lines: readonly DigestLine[];
  readonly more: number;
}

/** A person's digest; empty sections are left out, `count` is every nudge in it. */
export interface Digest {
  readonly sections: readonly DigestSection[];
  readonly count: number;
}

/** Lines shown per section; the rest are counted and left to the dashboard. */
export const MAX_LINES_PER_SECTION = 10;

const day = (iso: string) => iso.slice(0, 10);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Builds links from ASCENT_PUBLIC_URL. */
export function digestLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, "");
  return {
    person: (id: string) => `${base}/people/${encodeURIComponent(id)}`,
    dashboards: `${base}/dashboards`,
    settings: `${base}/me`,
    /** A web path ("/check-in?person=…") as a full link. */
    path: (path: string) => `${base}${path}`,
  };
}

type Links = ReturnType<typeof digestLinks>;

function section(heading: string, lines: readonly DigestLine[]): DigestSection[] {
  if (lines.length === 0) return [];
  return [
    {
      heading,
      lines: lines.slice(0, MAX_LINES_PER_SECTION),
      more: Math.max(0, lines.length - MAX_LINES_PER_SECTION),
    },
  ];
}

/**
 * The actor's digest: their inbox (the same items as the web's inbox page, dismissed and snoozed
 * ones left out), then their dashboard's nudges; `framework` names stages.
 */
export async function composeDigest(
  ctx: AppContext,
  actor: Actor,
  framework: Framework,
  publicUrl: string,
): Promise<Digest> {
  const links = digestLinks(publicUrl);
  const inbox = await readInbox(ctx, actor.personId);
  const sections: DigestSection[] = [
    ...section(
      "Your inbox",
      inbox.map((item) => ({ text: item.summary, link: links.path(item.path) })),
    ),
  ];
  const dashboard = await dashboardNudges(ctx, actor);
  if (dashboard) sections.push(...dashboardSections(dashboard, actor.personId, framework, links));
  return { sections, count: sections.reduce((n, s) => n + s.lines.length + s.more, 0) };
}

/** The actor's dashboard nudges, or null for someone without a dashboard (they lead nothing). */
async function dashboardNudges(ctx: AppContext, actor: Actor): Promise<Nudges | null> {
  try {
    return await getNudges(ctx, actor);
  } catch (error) {
    if (isAppError(error, AppErrorCode.NotFound)) return null;
    throw error;
  }
}

function dashboardSections(nudges: Nudges, me: string, framework: Framework, links: Links): DigestSection[] {
  const where = nudges.scope.kind === "organisation" ? "Across the organisation" : "In the teams you lead";
  // A named person links to their page; someone the reader may not look at stays unnamed.
  const about = (id: string, name: string | null) => (name === null ? links.dashboards : links.person(id));
  const path = frameworkPath(framework);
  const reachedLabel = (reached: number) => {
    const stage = path[reached - 1]?.stage;
    return stage ? stageLabel(framework, stage.id) : `stage ${reached}`;
  };
  // The reader's own mentorships are already in their inbox.
  const overdue = nudges.overdueCheckIns
    .filter((n) => n.mentorId !== me)
    .map((n) => ({
      text: `${n.menteeName ?? "Someone"}: a check-in with ${n.mentorName ?? "their mentor"} is ${plural(n.daysOverdue, "day")} overdue.`,
      link: about(n.menteeId, n.menteeName),
    }));
  const requests = nudges.checkInRequests
    .filter((n) => n.mentorId !== me)
    .map((n) => ({
      text: `${n.menteeName ?? "Someone"} asked ${n.mentorName ?? "their mentor"} for a check-in on ${day(n.at)}.`,
      link: about(n.menteeId, n.menteeName),
    }));
  const inactive = nudges.inactiveMentors.map((n) => ({
    text: `${n.mentorName ?? "A mentor"} has written no check-in for ${plural(n.days, "day")}.`,
    link: about(n.mentorId, n.mentorName),
  }));
  const candidates = nudges.candidates.map((n) => ({
    text: `${n.personName ?? "Someone"} reached ${reachedLabel(n.reached)} ${plural(n.days, "day")} ago: a moment for Awesome Permission?`,
    link: about(n.personId, n.personName),
  }));
  const stuck = nudges.stuck.map((n) => ({
    text: `${n.personName ?? "Someone"} has worked on ${stageLabel(framework, n.stageId)} for ${plural(n.days, "day")}.`,
    link: about(n.personId, n.personName),
  }));
  const drops = nudges.drops.map((n) => ({
    text: `${n.personName ?? "Someone"}'s progress went from ${formatProgress(n.fromProgress)} to ${formatProgress(n.toProgress)} on ${day(n.at)}.`,
    link: about(n.personId, n.personName),
  }));
  return [
    ...section(`${where}: check-ins`, [...overdue, ...requests, ...inactive]),
    ...section(`${where}: people to talk to`, [...candidates, ...stuck, ...drops]),
  ];
}
