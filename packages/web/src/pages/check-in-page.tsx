/**
 * The check-in page. Without an id it finds your open draft for the person (or offers to start
 * one); with an id it opens the focused flow, or a read-only record once submitted.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Navigate, useNavigate, useParams, useSearchParams } from "react-router";
import { answer, api } from "../api/client.js";
import { keys, useFramework, useOverview } from "../api/queries.js";
import { CheckInEditor } from "../components/check-in/check-in-editor.js";
import { CheckInRecord } from "../components/check-in/check-in-record.js";
import { ErrorNotice, Loading } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { firstName } from "../lib/path-helpers.js";

type Kind = "self" | "mentor" | "joint";

/** The page. */
export default function CheckInPage() {
  const { checkInId } = useParams();
  return checkInId ? <OpenCheckIn checkInId={checkInId} /> : <StartCheckIn />;
}

function StartCheckIn() {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const personId = params.get("person") ?? me.personId;
  const aboutSelf = personId === me.personId;
  const [kind, setKind] = useState<Kind>(aboutSelf ? "self" : params.get("kind") === "joint" ? "joint" : "mentor");
  const overview = useOverview(aboutSelf ? "me" : personId);
  const start = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/check-ins", { body: { personId, assessorKind: kind } })),
    onSuccess: (result) => navigate(`/check-in/${encodeURIComponent(result.checkIn.id)}`, { replace: true }),
  });
  if (overview.isPending) return <Loading />;
  if (overview.error) return <ErrorNotice error={overview.error} />;
  const draft = overview.data.checkIns.find(
    (c) => c.status === "draft" && c.authorId === me.personId && c.personId === personId && c.assessorKind === kind,
  );
  if (draft) return <Navigate to={`/check-in/${encodeURIComponent(draft.id)}`} replace />;
  const name = overview.data.person.name;
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <span className="eyebrow">Check-in</span>
        <h1>{aboutSelf ? "Where are you now?" : `Check in with ${firstName(name)}`}</h1>
        <p>
          {aboutSelf
            ? "Go through the stages where you work and say how established each one is. Stages you leave alone keep your last rating. Nothing is shared until you submit."
            : `Rate the stages where ${firstName(name)} works. Stages you leave alone keep your last rating. Nothing is shared until you submit.`}
        </p>
      </header>
      <div className="card">
        {!aboutSelf && (
          <fieldset className="field">
            <legend>Whose view is this?</legend>
            <label className="check">
              <input type="radio" name="kind" checked={kind === "mentor"} onChange={() => setKind("mentor")} />
              <span>Your view as their mentor</span>
            </label>
            <label className="check">
              <input type="radio" name="kind" checked={kind === "joint"} onChange={() => setKind("joint")} />
              <span>Together: you and {firstName(name)}, side by side</span>
            </label>
          </fieldset>
        )}
        {start.error && <ErrorNotice error={start.error} />}
        <p className="meta">It takes about ten minutes and saves as you go; you can stop and come back.</p>
        <button type="button" className="btn btn--primary" onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? "Starting…" : "Begin the check-in"}
        </button>
      </div>
    </div>
  );
}

function OpenCheckIn({ checkInId }: { readonly checkInId: string }) {
  const me = useCurrentMe();
  const framework = useFramework();
  const checkIn = useQuery({
    queryKey: keys.checkIn(checkInId),
    queryFn: () => answer(api.GET("/api/v1/check-ins/{checkInId}", { params: { path: { checkInId } } })),
    // The editor owns the draft once open; refetching would fight the autosave.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  const personId = checkIn.data?.checkIn.personId;
  const overview = useOverview(personId === me.personId ? "me" : (personId ?? "me"));
  if (framework.isPending || checkIn.isPending || overview.isPending) return <Loading what="Opening the check-in" />;
  const error = framework.error ?? checkIn.error ?? overview.error;
  if (error)
    return (
      <div className="page">
        <ErrorNotice error={error} />
      </div>
    );
  const c = checkIn.data!.checkIn;
  const aboutSelf = c.personId === me.personId;
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">
          {c.status === "draft" ? "Check-in in progress" : "Check-in"} ·{" "}
          {c.assessorKind === "self" ? "own view" : c.assessorKind === "joint" ? "together" : "mentor's view"}
        </span>
        <h1>{aboutSelf ? "Your check-in" : `Check-in with ${overview.data!.person.name}`}</h1>
      </header>
      {c.status === "draft" && c.authorId === me.personId ? (
        <CheckInEditor
          framework={framework.data!}
          checkIn={c}
          version={checkIn.data!.version}
          overview={overview.data!}
          viewerId={me.personId}
        />
      ) : (
        <CheckInRecord framework={framework.data!} checkIn={c} history={overview.data!.checkIns} />
      )}
    </div>
  );
}
