/**
 * autocannon (a devDependency; it ships no types), typed by the part of its interface the load
 * test and the API benchmark (bench/api.bench.ts) use. Loaded by a name TypeScript does not resolve.
 */

/** One request of a sequence each connection repeats; context is per connection. */
export interface LoadRequest {
  readonly method?: string;
  readonly path?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  onResponse?(status: number, body: string, context: Record<string, unknown>): void;
  setupRequest?(request: LoadRequest, context: Record<string, unknown>): LoadRequest;
}

/** The part of autocannon's result the test reads. */
export interface LoadResult {
  readonly requests: { readonly total: number; readonly average: number };
  readonly latency: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly "2xx": number;
  readonly "4xx": number;
  readonly "5xx": number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** The method and headers of every request, unless a sequence is given. */
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** A sequence each connection repeats. */
  readonly requests?: LoadRequest[];
  /** Seconds before a request counts as a timeout. */
  readonly timeout?: number;
}

export type Autocannon = (options: LoadOptions) => Promise<LoadResult>;

export async function loadAutocannon(): Promise<Autocannon> {
  const name = "autocannon";
  return ((await import(name)) as { default: Autocannon }).default;
}
