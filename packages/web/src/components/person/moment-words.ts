/** Words for Awesome Permission moments, shared by the person page and the moment page. */
import type { Moment } from "@ascent/core";

/** The states in their order (`no_change` may end any state before `result`). */
export const MOMENT_STEPS = ["aware", "extended", "accepted", "result"] as const;

export const STATE_WORDS: Readonly<Record<Moment["state"], string>> = {
  aware: "Aware",
  extended: "Extended",
  accepted: "Accepted",
  result: "Result",
  no_change: "No change",
};

/** What each state means, for the giver. */
export const STATE_MEANING: Readonly<Record<Moment["state"], string>> = {
  aware: "You noticed it. A private note: only you see it.",
  extended: "You told them they can be more. They see the moment from now on.",
  accepted: "They took the permission up.",
  result: "Something came of it.",
  no_change: "It ended without a change.",
};

export const VARIANT_WORDS: Readonly<Record<Moment["variant"], string>> = {
  struggling: "Struggling",
  instinct_of_potential: "Instinct of potential",
};

/** When the moment entered `state`, if it did. */
export function enteredAt(moment: Moment, state: Moment["state"]): string | undefined {
  return moment.transitions.find((t) => t.to === state)?.at;
}

/**
 * A moment as the API may answer it: with the names of its giver and receiver, so a receiver who
 * may not open the giver's page still reads who gave them permission.
 */
export type NamedMoment = Moment & { readonly giverName?: string | null; readonly receiverName?: string | null };

/** The giver's name, from the moment itself or from names looked up elsewhere. */
export function giverNameOf(moment: Moment, names?: ReadonlyMap<string, string | null>): string | undefined {
  return (moment as NamedMoment).giverName ?? names?.get(moment.giverId) ?? undefined;
}

/** The receiver's name, likewise. */
export function receiverNameOf(moment: Moment, names?: ReadonlyMap<string, string | null>): string | undefined {
  return (moment as NamedMoment).receiverName ?? names?.get(moment.receiverId) ?? undefined;
}

/**
 * A moment's title in a list on someone's page: "Your moment with Tom" for its giver (named by its
 * receiver — on one's own page that is someone else, never oneself), "Permission you were given by
 * Mia Mentor" for its receiver, "A moment from Mia Mentor" for anyone else.
 */
export function momentTitle(
  m: Moment,
  meId: string,
  page: { readonly personId: string; readonly firstName: string },
  names?: ReadonlyMap<string, string | null>,
): string {
  if (m.giverId === meId) {
    const receiver = m.receiverId === page.personId ? page.firstName : receiverNameOf(m, names)?.split(" ")[0];
    return receiver ? `Your moment with ${receiver}` : "Your moment";
  }
  const giver = giverNameOf(m, names);
  if (m.receiverId === meId) return giver ? `Permission you were given by ${giver}` : "Permission you were given";
  return giver ? `A moment from ${giver}` : "A moment";
}
