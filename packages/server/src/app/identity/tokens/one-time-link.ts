/** One-time links (invitations, password resets): the URL a person opens, built on ASCENT_PUBLIC_URL. */

/** The link for `token` under the web app's `path` (e.g. `/invitation`), token in the fragment. */
export function oneTimeLink(publicUrl: string, path: string, token: string): string {
  const url = new URL(path, publicUrl);
  // In the fragment, not the query: browsers never send fragments to servers or in Referer headers,
  // so the token stays out of access logs and third-party requests.
  url.hash = `token=${token}`;
  return url.toString();
}

/** The token carried in a one-time link's fragment (`#token=…`), for a service that issues and uses one at once. */
export function tokenOfLink(link: string): string {
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get("token");
  if (!token) throw new Error("the one-time link has no token");
  return token;
}
