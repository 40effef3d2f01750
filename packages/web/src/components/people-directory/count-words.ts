/** The list's counts in words: "1,000+" when the server stopped counting, "Showing 51–100 of 240". */

/** A total as the API gives it: exact up to its cap, "cap+" beyond. */
export function totalWords(total: { readonly count: number; readonly exact: boolean }): string {
  const n = total.count.toLocaleString("en-GB");
  return total.exact ? n : `${n}+`;
}

/** Which rows this page shows, e.g. "51–100 of 1,000+"; without the page number, just how many. */
export function rangeWords(
  pageIndex: number | null,
  pageSize: number,
  shown: number,
  total: { readonly count: number; readonly exact: boolean },
): string {
  const of = `of ${totalWords(total)}`;
  if (shown === 0) return `0 ${of}`;
  if (pageIndex === null) return `${shown.toLocaleString("en-GB")} ${of}`;
  const first = pageIndex * pageSize + 1;
  const last = first + shown - 1;
  return `${first.toLocaleString("en-GB")}–${last.toLocaleString("en-GB")} ${of}`;
}
