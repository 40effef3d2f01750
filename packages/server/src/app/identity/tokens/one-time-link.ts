/** One-time links (invitations, password resets): the URL a person opens, built on ASCENT_PUBLIC_URL. */

/** The link for `token` under the web app's `path` (e.g. `/invitation`), token in the fragment. */
export function oneTimeLink(publicUrl: string, path: string, token: string): string {
  const url = new URL(path, publicUrl);
  // In the fragment, not the query: browsers never send fragments to servers or in Referer headers,
  // so the token stays out of access logs and third-party requests.
  url.hash = `token=${token}`;
  return url.toString();
}
