/** Every stage with the own view's and the mentor's view's latest rating side by side, never mixed. */
import { activeCheckIns, type CheckIn, effectiveRatings, type Framework, frameworkPath } from "@ascent/core";
import { RATING_WORDS, stageTitle } from "../../lib/path-helpers.js";

function latestView(framework: Framework, history: readonly CheckIn[], kinds: readonly string[]) {
  const latest = activeCheckIns(history)
    .filter((c) => kinds.includes(c.assessorKind))
    .at(-1);
  return latest ? new Map(effectiveRatings(framework, latest, history).map((r) => [r.stageId, r])) : null;
}

/** The table. */
export function RatingsTable({
  framework,
  history,
}: {
  readonly framework: Framework;
  readonly history: readonly CheckIn[];
}) {
  const self = latestView(framework, history, ["self"]);
  const mentor = latestView(framework, history, ["mentor", "joint"]);
  if (!self && !mentor) return <p className="meta">No check-in has rated any stage yet.</p>;
  const cell = (view: typeof self, id: string) => {
    const r = view?.get(id);
    if (!r) return <span className="meta">—</span>;
    return (
      <>
        {RATING_WORDS[r.rating]} {r.carried && <span className="tag tag--muted">carried</span>}
      </>
    );
  };
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Latest rating of each stage, own view and mentor's view</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">
              <span className="tag tag--self">● Own view</span>
            </th>
            <th scope="col">
              <span className="tag tag--mentor">◆ Mentor's view</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...frameworkPath(framework)].reverse().map((s) => (
            <tr key={s.stage.id}>
              <th scope="row">
                {s.number}. {stageTitle(s)}
              </th>
              <td>{cell(self, s.stage.id)}</td>
              <td>{cell(mentor, s.stage.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
