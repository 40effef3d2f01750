import { homedir } from "node:os";
import { join } from "node:path";

/** The server's settings, read from `ASCENT_*` environment variables (names are part of the interface). */
export interface AscentConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly publicUrl: string;
  /**
   * Host names the server answers to (the `Host` header, port aside): the public URL's host,
   * loopback names, and ASCENT_ALLOWED_HOSTS. Anything else is refused, so a DNS-rebinding page
   * cannot reach a server on loopback under its own name.
   */
  readonly allowedHosts: readonly string[];
}

/** Loopback names every installation answers to (the operator's own machine). */
export const LOOPBACK_HOST_NAMES = ["localhost", "127.0.0.1", "::1"] as const;

/** A host name as the allowlist compares it: lower case, no IPv6 brackets, no trailing dot. */
export function normaliseHostName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

function parseAllowedHosts(raw: string | undefined): string[] {
  const names = (raw ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  for (const name of names) {
    if (!/^(\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:]*:[0-9a-fA-F:.]*|[A-Za-z0-9.-]+)$/.test(name)) {
      throw new ConfigError(
        "ASCENT_ALLOWED_HOSTS",
        `must be host names separated by commas (no scheme or port), got "${name}"`,
      );
    }
  }
  return names.map(normaliseHostName);
}

/** A setting that cannot be used, named so the operator knows which variable to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = "ConfigError";
  }
}

/** The per-user data folder: `$XDG_DATA_HOME/ascent`, else `~/.local/share/ascent`. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_DATA_HOME?.trim();
  return join(xdg ? xdg : join(env.HOME?.trim() || homedir(), ".local", "share"), "ascent");
}

function parsePort(variable: string, raw: string): number {
  if (!/^\d+$/.test(raw)) throw new ConfigError(variable, `must be a whole number between 0 and 65535, got "${raw}"`);
  const port = Number(raw);
  if (port > 65535) throw new ConfigError(variable, `must be between 0 and 65535, got ${port}`);
  return port;
}

/** Reads and validates the configuration; throws ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AscentConfig {
  const host = env.ASCENT_HOST?.trim() || "127.0.0.1";
  const rawPort = env.ASCENT_PORT?.trim() || env.PORT?.trim();
  const port = rawPort ? parsePort(env.ASCENT_PORT?.trim() ? "ASCENT_PORT" : "PORT", rawPort) : 4810;
  const dataDir = env.ASCENT_DATA_DIR?.trim() || defaultDataDir(env);
  const databaseUrl = env.ASCENT_DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("ASCENT_DATABASE_URL", "must start with postgres:// or postgresql://");
  }
  const publicUrl = env.ASCENT_PUBLIC_URL?.trim() || `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError("ASCENT_PUBLIC_URL", `is not a URL: "${publicUrl}"`);
  }
  const extraHosts = parseAllowedHosts(env.ASCENT_ALLOWED_HOSTS);
  const allowedHosts = [
    ...new Set([normaliseHostName(new URL(publicUrl).hostname), ...LOOPBACK_HOST_NAMES, ...extraHosts]),
  ];
  return { host, port, dataDir, databaseUrl, publicUrl, allowedHosts };
}
