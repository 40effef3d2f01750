/** What a new framework version changes, stage by stage, against the active one — in stage titles, not ids. */
import type { Framework } from "@ascent/core";
import type { FrameworkLoadResult } from "../../../api/contract.js";
import { stageTitleOf } from "../../../lib/path-helpers.js";

/** The summary. */
export function FrameworkChanges({
  changes,
  before,
  after,
}: {
  readonly changes: FrameworkLoadResult["changes"];
  readonly before: Framework;
  readonly after: Framework;
}) {
  const groups = [
    { title: "Added", items: changes.added.map((id) => stageTitleOf(after, id)) },
    { title: "Removed", items: changes.removed.map((id) => stageTitleOf(before, id)) },
    {
      title: "Renamed (ratings carry over)",
      items: changes.renamed.map((r) => `${stageTitleOf(before, r.from)} → ${stageTitleOf(after, r.to)}`),
    },
    { title: "Changed (texts, signals or actions)", items: changes.changed.map((id) => stageTitleOf(after, id)) },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0)
    return (
      <p>No stage is added, removed, renamed or changed: only the framework's own name, version or texts differ.</p>
    );
  return (
    <div className="framework-changes">
      {groups.map((g) => (
        <div key={g.title}>
          <h4>
            {g.title} <span className="meta">({g.items.length})</span>
          </h4>
          <ul>
            {g.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
