/** A submitted check-in, read-only: every stage's rating, carried ones marked, and the position it gave. */
import {
  type CheckIn,
  effectiveRatings,
  type Framework,
  frameworkPath,
  positionFromRatings,
  supersededIds,
} from "@ascent/core";
import { describe, formatDate, RATING_WORDS, stageTitle } from "../../lib/path-helpers.js";

/** The record. */
export function CheckInRecord({
  framework,
  checkIn,
  history,
}: {
  readonly framework: Framework;
  readonly checkIn: CheckIn;
  readonly history: readonly CheckIn[];
}) {
  const effective = effectiveRatings(framework, checkIn, history);
  const byId = new Map(effective.map((r) => [r.stageId, r]));
  const superseded = supersededIds(history).has(checkIn.id);
  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">Submitted {formatDate(checkIn.submittedAt)}</h2>
      {superseded && (
        <p className="notice notice--warn">A later correction replaces this check-in; it no longer counts.</p>
      )}
      <p className="num">{describe(framework, positionFromRatings(framework, effective))}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Ratings by stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Rating</th>
              <th scope="col">Signals seen</th>
            </tr>
          </thead>
          <tbody>
            {frameworkPath(framework).map((s) => {
              const r = byId.get(s.stage.id);
              return (
                <tr key={s.stage.id}>
                  <th scope="row">
                    {s.number}. {stageTitle(s)}
                  </th>
                  <td>
                    {RATING_WORDS[r?.rating ?? "not_yet"]}
                    {r?.carried && <span className="tag tag--muted">carried</span>}
                  </td>
                  <td>{checkIn.signalTicks?.[s.stage.id]?.length ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {checkIn.notes && (
        <>
          <h3>Notes</h3>
          <p className="prewrap">{checkIn.notes}</p>
        </>
      )}
    </section>
  );
}
