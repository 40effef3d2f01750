/**
 * The mixed load each connection repeats: five reads (two people's overviews and two dashboards as
 * the admin, the check-in just written) and three writes (a check-in draft with its ratings, its
 * submission, a piece of evidence) as one of the members. Each connection writes as one member,
 * spread over all of them, so no single person's history grows without bound and the work per
 * request stays steady (what a memory comparison needs).
 */
import type { LoadRequest } from "./autocannon.js";

/** Someone who writes: their person and API token. */
export interface Writer {
  readonly personId: string;
  readonly token: string;
}

/** The request sequence; `people` are read in turn, `writers` are handed out one per connection. */
export function mixedRequests(
  adminToken: string,
  writers: readonly Writer[],
  people: readonly string[],
): LoadRequest[] {
  if (writers.length === 0 || people.length === 0) throw new Error("need writers and people to read");
  const admin = { authorization: `Bearer ${adminToken}` };
  let handedOut = 0;
  const writerOf = (context: Record<string, unknown>): Writer => {
    context.writer ??= writers[handedOut++ % writers.length];
    return context.writer as Writer;
  };
  const asWriter = (context: Record<string, unknown>) => ({
    authorization: `Bearer ${writerOf(context).token}`,
    "content-type": "application/json",
  });
  const nextPerson = (context: Record<string, unknown>) => {
    const n = (typeof context.n === "number" ? context.n : Math.floor(Math.random() * people.length)) + 1;
    context.n = n;
    return people[n % people.length]!;
  };
  return [
    {
      method: "GET",
      headers: admin,
      setupRequest: (request, context) => ({ ...request, path: `/api/v1/people/${nextPerson(context)}/overview` }),
    },
    { method: "GET", path: "/api/v1/dashboards/stage-distribution", headers: admin },
    {
      method: "POST",
      path: "/api/v1/check-ins",
      setupRequest: (request, context) => ({
        ...request,
        headers: asWriter(context),
        body: JSON.stringify({
          personId: writerOf(context).personId,
          assessorKind: "self",
          ratings: { "self-awareness": "established", "self-ownership": "emerging", "team-awareness": "not_yet" },
        }),
      }),
      onResponse(_status, body, context) {
        try {
          context.checkInId = (JSON.parse(body) as { checkIn?: { id?: string } }).checkIn?.id;
        } catch {
          context.checkInId = undefined;
        }
      },
    },
    {
      method: "POST",
      body: JSON.stringify({ version: 1 }),
      setupRequest: (request, context) => ({
        ...request,
        headers: asWriter(context),
        path: `/api/v1/check-ins/${String(context.checkInId)}/submit`,
      }),
    },
    {
      method: "GET",
      setupRequest: (request, context) => ({
        ...request,
        headers: asWriter(context),
        path: `/api/v1/check-ins/${String(context.checkInId)}`,
      }),
    },
    {
      method: "GET",
      headers: admin,
      setupRequest: (request, context) => ({ ...request, path: `/api/v1/people/${nextPerson(context)}/overview` }),
    },
    {
      method: "POST",
      path: "/api/v1/evidence",
      setupRequest: (request, context) => ({
        ...request,
        headers: asWriter(context),
        body: JSON.stringify({
          kind: "note",
          title: "Ran the on-call handover",
          body: "Wrote down what broke and who fixed it.",
          occurredOn: "2026-03-01T00:00:00.000Z",
          stageIds: ["self-ownership"],
        }),
      }),
    },
    { method: "GET", path: "/api/v1/dashboards/pipeline", headers: admin },
  ];
}
