/**
 * One thing that needs a person, and the sources that find them. Each kind of item has one
 * InboxSource: it turns the facts of the one inbox read (store/queries/inbox.queries.ts) into
 * items. A later kind (sessions, feedback requests) adds a branch to the read and a source here —
 * never a new mechanism: dismissing, snoozing, the count, the page and the digest are shared.
 */
import type { InboxFactRow } from "../../store/queries/inbox.queries.js";

/** The kinds of item, in the order the inbox lists them. */
export const INBOX_ITEM_KINDS = [
  "check_in_request",
  "overdue_check_in",
  "moment_extended",
  "moment_follow_up",
  "goal_due",
  "draft",
] as const;

/** One of INBOX_ITEM_KINDS. */
export type InboxItemKind = (typeof INBOX_ITEM_KINDS)[number];

/** One item of a person's inbox. */
export interface InboxItem {
  /** Stable while the item stands, e.g. "check_in_request:<id>"; what dismiss and snooze name. */
  readonly key: string;
  readonly kind: InboxItemKind;
  /** The other person it is about (the mentee, the giver…), or null. */
  readonly personId: string | null;
  readonly personName: string | null;
  /** The instant that makes it due: asked at, due at, extended at, created at. */
  readonly at: string;
  /** One line for the page and the digest: names, dates and kinds only, never private text. */
  readonly summary: string;
  /** Where in the web app it is acted on. */
  readonly path: string;
}

/** The facts every source reads, grouped by kind, and the instant of the read. */
export interface InboxFacts {
  readonly now: string;
  readonly rows: ReadonlyMap<InboxFactRow["kind"], readonly InboxFactRow[]>;
}

/** Turns the read's facts into the items of one kind. */
export interface InboxSource {
  readonly kind: InboxItemKind;
  items(facts: InboxFacts): InboxItem[];
}

/** The rows of one kind. */
export function rowsOf(facts: InboxFacts, kind: InboxFactRow["kind"]): readonly InboxFactRow[] {
  return facts.rows.get(kind) ?? [];
}

/** "2026-06-01" of an ISO instant. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
