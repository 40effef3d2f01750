/** Every check-in the viewer may see, newest first: drafts, submitted, superseded ones marked. */
import { type CheckIn, effectiveRatings, type Framework, positionFromRatings, supersededIds } from "@ascent/core";
import { useState } from "react";
import { Link } from "react-router";
import { ASSESSOR_WORDS, describe, formatDate } from "../../lib/path-helpers.js";

/** The list. */
export function CheckInHistory({
  framework,
  history,
}: {
  readonly framework: Framework;
  readonly history: readonly CheckIn[];
}) {
  const superseded = supersededIds(history);
  const sorted = [...history].sort((a, b) =>
    (a.submittedAt ?? a.createdAt) < (b.submittedAt ?? b.createdAt) ? 1 : -1,
  );
  // The newest few answer most questions; the rest is one click away rather than a wall of dates.
  const [all, setAll] = useState(false);
  if (sorted.length === 0) return <p className="meta">No check-ins yet.</p>;
  const shown = all ? sorted : sorted.slice(0, SHOWN);
  return (
    <>
      <ol className="list-plain history">
        {shown.map((c) => {
          const old = superseded.has(c.id);
          const position =
            c.status === "submitted"
              ? describe(framework, positionFromRatings(framework, effectiveRatings(framework, c, history)))
              : null;
          return (
            <li key={c.id} className={old ? "history__item--superseded" : undefined}>
              <div className="row">
                <Link to={`/check-in/${encodeURIComponent(c.id)}`}>
                  {c.status === "draft" ? "Draft started" : "Submitted"} {formatDate(c.submittedAt ?? c.createdAt)}
                </Link>
                <span className={`tag ${c.assessorKind === "self" ? "tag--self" : "tag--mentor"}`}>
                  {ASSESSOR_WORDS[c.assessorKind]}
                </span>
                {c.status === "draft" && <span className="tag tag--muted">draft · only its author sees it</span>}
                {old && <span className="tag tag--muted">superseded by a correction</span>}
                {c.supersedes && <span className="tag">correction</span>}
              </div>
              {position && <div className="meta num">{position}</div>}
            </li>
          );
        })}
      </ol>
      {sorted.length > SHOWN && (
        <button type="button" className="btn btn--small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? "Show only the latest" : `Show all ${sorted.length} check-ins`}
        </button>
      )}
    </>
  );
}

const SHOWN = 8;
