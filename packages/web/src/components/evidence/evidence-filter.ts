/**
 * Narrowing the evidence list: by a stage it shows and by words in its title, text or link. Pure,
 * so the list and its "n of m shown" line agree, and it is tested without a browser.
 */
import type { Evidence } from "@ascent/core";

/** What the person asked for; an empty stage or text means "any". */
export interface EvidenceFilter {
  readonly stageId: string;
  readonly text: string;
}

export const NO_FILTER: EvidenceFilter = { stageId: "", text: "" };

/** Lower case without accents, so "resume" finds "Résumé". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("en");
}

/** True when the filter asks for anything. */
export function isFiltering(filter: EvidenceFilter): boolean {
  return filter.stageId !== "" || filter.text.trim() !== "";
}

/**
 * The items that match, newest first. Every word of the text must appear somewhere in the item
 * (title, text, link or kind words given by `kindWords`), in any order.
 */
export function filterEvidence(
  evidence: readonly Evidence[],
  filter: EvidenceFilter,
  kindWords: (kind: string) => string = (kind) => kind,
): Evidence[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return evidence
    .filter((e) => filter.stageId === "" || e.stageIds.includes(filter.stageId))
    .filter((e) => {
      if (words.length === 0) return true;
      const haystack = fold([e.title, e.body, e.url ?? "", kindWords(e.kind)].join("\n"));
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : a.id < b.id ? -1 : 1));
}
