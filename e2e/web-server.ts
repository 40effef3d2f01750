import { type RunningServer, startAscent } from "./server.js";

/**
 * The server the web app's browser tests drive: the real `ascent serve` binary (built by `npm test`),
 * serving the web app and the API on a free port with its own empty data directory.
 */
export async function startWebApp(): Promise<RunningServer> {
  return startAscent();
}
