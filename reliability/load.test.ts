/**
 * Load: 60 seconds of mixed reads and writes (load/mixed-requests.ts) from 100 concurrent
 * connections on 127.0.0.1 against the real server with the demo organisation loaded. No 5xx (and
 * no other failure) may occur, and the server's resident memory at the end may be at most 1.25×
 * what it was after a warm-up. Both readings are taken right after full garbage collections
 * (through the inspector): the collector's sawtooth alone moves RSS by a third under this load, so
 * readings taken wherever it happens to be would compare the sawtooth, not the live memory. On SQLite, and on PostgreSQL when TEST_DATABASE_URL names a real
 * server (PGlite, one transaction at a time inside the test process, would measure PGlite).
 * LOAD_SECONDS shortens or lengthens the measured run (default 60).
 */
import { afterAll, describe, expect, it } from "vitest";
import { type LoadResult, loadAutocannon } from "./load/autocannon.js";
import { mixedRequests } from "./load/mixed-requests.js";
import {
  type AscentServer,
  apiClient,
  type EngineKind,
  freshDatabase,
  hasRealPostgres,
  type MemberSession,
  mebibytes,
  printFigures,
  type ReliabilityDatabase,
  setUpAdmin,
  signUpMember,
  sleep,
  startAscent,
} from "./support/index.js";

const CONNECTIONS = 100;
const WARM_UP_SECONDS = 10;
const MEMORY_GROWTH_LIMIT = 1.25;
/**
 * Requests the client may give up on (after 30 s). None on a machine of its own; on a shared,
 * overloaded one (load average 13 on 2 cores) the client itself is starved: the server's own log
 * showed every request answered within 361 ms while autocannon counted 21 timeouts among 6,900
 * requests (up to 1.2% in other runs). A server that hung one kind of request of the eight in the
 * mix would time out 12% of them.
 */
const TIMEOUT_SHARE_LIMIT = 0.02;
const PEOPLE_READ = 12;
/** Demo people who get their own account and write as themselves (one per connection, in turn). */
const WRITERS = 10;

function loadSeconds(): number {
  const raw = process.env.LOAD_SECONDS?.trim();
  const value = raw ? Number(raw) : 60;
  if (!Number.isFinite(value) || value <= 0 || value > 600) throw new Error("LOAD_SECONDS must be in (0, 600]");
  return value;
}

const engines: EngineKind[] = hasRealPostgres() ? ["sqlite", "postgres"] : ["sqlite"];

for (const kind of engines) {
  describe(`load (${kind})`, () => {
    let database: ReliabilityDatabase | undefined;
    let server: AscentServer | undefined;
    afterAll(async () => {
      await server?.stop();
      await database?.dispose();
    });

    it(`serves ${CONNECTIONS} connections of mixed reads and writes without a 5xx or a memory leak`, async () => {
      const seconds = loadSeconds();
      database = await freshDatabase(kind);
      server = await startAscent({ env: database.env, inspect: true });
      const admin = await setUpAdmin(server.url, { demo: true });
      const people = await busiestPeople(database, PEOPLE_READ);
      const writers: MemberSession[] = [];
      for (const personId of await activePeople(database, admin.personId, WRITERS)) {
        writers.push(await signUpMember(server.url, admin, personId));
      }
      await probeOnce(server.url, admin.token, writers[0]!, people[0]!);
      const requests = mixedRequests(admin.token, writers, people);

      const autocannon = await loadAutocannon();
      const run = (duration: number) =>
        autocannon({ url: server!.url, connections: CONNECTIONS, duration, requests, timeout: 30 });
      const warmUp = await run(WARM_UP_SECONDS);
      const rssAfterWarmUp = await rssAfterGc(server);
      let peak = rssAfterWarmUp;
      const sampler = setInterval(() => {
        peak = Math.max(peak, server!.rssKiB());
      }, 1000);
      let measured: LoadResult;
      try {
        measured = await run(seconds);
      } finally {
        clearInterval(sampler);
      }
      const rssAtEndBeforeGc = server.rssKiB();
      const rssAtEnd = await rssAfterGc(server);
      const growth = rssAtEnd / rssAfterWarmUp;
      const failures = (r: LoadResult) =>
        `${r["5xx"]} 5xx, ${r["4xx"]} 4xx, ${r.errors} errors, ${r.timeouts} timeouts`;

      printFigures(`load — ${database.name}`, {
        connections: CONNECTIONS,
        writers: WRITERS,
        "warm-up": `${WARM_UP_SECONDS} s, ${warmUp.requests.total} requests (${failures(warmUp)})`,
        duration: `${seconds} s`,
        "requests served": measured.requests.total,
        "requests/s": measured.requests.average,
        "latency p50": `${measured.latency.p50} ms`,
        "latency p99": `${measured.latency.p99} ms`,
        "latency max": `${measured.latency.max} ms`,
        failures: failures(measured),
        "RSS after warm-up + GC": mebibytes(rssAfterWarmUp),
        "RSS peak": mebibytes(peak),
        "RSS at end, before GC": mebibytes(rssAtEndBeforeGc),
        "RSS at end + GC": mebibytes(rssAtEnd),
        "RSS end / warm-up": `${growth.toFixed(2)}× (limit ${MEMORY_GROWTH_LIMIT}×)`,
      });

      for (const result of [warmUp, measured]) {
        expect(result["5xx"]).toBe(0);
        // Every request in the mix is valid: a 4xx would mean the load tested an error path.
        expect(result.non2xx).toBe(0);
        // autocannon counts each timeout as an error too; anything else is a broken connection.
        expect(result.errors - result.timeouts).toBe(0);
        expect(result.timeouts).toBeLessThanOrEqual(result.requests.total * TIMEOUT_SHARE_LIMIT);
      }
      expect(measured.requests.total).toBeGreaterThan(0);
      expect(growth).toBeLessThanOrEqual(MEMORY_GROWTH_LIMIT);
    });
  });
}

/** VmRSS right after full garbage collections in the server. */
async function rssAfterGc(server: AscentServer): Promise<number> {
  await server.collectGarbage();
  await sleep(500);
  return server.rssKiB();
}

/** The demo people with the most check-ins: the heaviest overviews to read. */
async function busiestPeople(database: ReliabilityDatabase, count: number): Promise<string[]> {
  const opened = await database.open();
  try {
    const rows = await opened.db
      .selectFrom("check_in")
      .select(["person_id", opened.db.fn.countAll<number>().as("n")])
      .groupBy("person_id")
      .orderBy("n", "desc")
      .orderBy("person_id")
      .limit(count)
      .execute();
    if (rows.length === 0) throw new Error("the demo organisation has no check-ins");
    return rows.map((row) => row.person_id);
  } finally {
    await opened.close();
  }
}

/** Active demo people other than the admin, in id order. */
async function activePeople(database: ReliabilityDatabase, except: string, count: number): Promise<string[]> {
  const opened = await database.open();
  try {
    const rows = await opened.db
      .selectFrom("person")
      .select("id")
      .where("status", "=", "active")
      .where("id", "!=", except)
      .orderBy("id")
      .limit(count)
      .execute();
    if (rows.length < count) throw new Error(`only ${rows.length} active people to write as`);
    return rows.map((row) => row.id);
  } finally {
    await opened.close();
  }
}

/** Each request of the mix once, so a wrong path fails here with its answer rather than as a count. */
async function probeOnce(url: string, adminToken: string, writer: MemberSession, person: string): Promise<void> {
  const api = apiClient(url, adminToken);
  for (const path of [
    `/api/v1/people/${person}/overview`,
    "/api/v1/dashboards/stage-distribution",
    "/api/v1/dashboards/pipeline",
  ]) {
    const read = await api.get(path);
    if (read.status !== 200) throw new Error(`GET ${path} → ${read.status} ${JSON.stringify(read.body)}`);
  }
  const own = apiClient(url, writer.token);
  const evidence = await own.post("/api/v1/evidence", {
    kind: "note",
    title: "Probe",
    occurredOn: "2026-03-01T00:00:00.000Z",
  });
  if (evidence.status !== 201) throw new Error(`POST evidence → ${evidence.status} ${JSON.stringify(evidence.body)}`);
  const draft = await own.post<{ checkIn: { id: string } }>("/api/v1/check-ins", {
    personId: writer.personId,
    assessorKind: "self",
    ratings: { "self-awareness": "emerging" },
  });
  if (draft.status !== 201) throw new Error(`POST check-in → ${draft.status} ${JSON.stringify(draft.body)}`);
  const submit = await own.post(`/api/v1/check-ins/${draft.body.checkIn.id}/submit`, { version: 1 });
  if (submit.status !== 200) throw new Error(`submit → ${submit.status} ${JSON.stringify(submit.body)}`);
}
