/**
 * `Content-Disposition` for files the API hands out (diagrams, exports): a readable name made from
 * what the file shows, as ASCII for old clients and in full UTF-8 (RFC 6266 / RFC 5987 `filename*`)
 * so a Hebrew or Arabic name survives.
 */

/** A file-name-safe piece of text: lower case, letters and digits, words joined by "-". */
export function fileNamePart(text: string, max = 60): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/** The ASCII stand-in of a file name: diacritics dropped, anything else non-ASCII turned into "-". */
function asciiFallback(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ""];
  const ascii = stem
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${ascii || "download"}${extension}`;
}

/** RFC 5987 percent-encoding (encodeURIComponent leaves a few characters the grammar forbids). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The header value: `attachment` makes browsers save the file, `inline` shows it (and names it for "save as"). */
export function contentDisposition(disposition: "inline" | "attachment", fileName: string): string {
  const ascii = asciiFallback(fileName);
  const utf8 = ascii === fileName ? "" : `; filename*=UTF-8''${encodeRfc5987(fileName)}`;
  return `${disposition}; filename="${ascii}"${utf8}`;
}
