/** The active framework, level by level (the widest scope first, as the path climbs), each stage with its signals. */
import { type Framework, frameworkPath } from "@ascent/core";
import { stageTitle } from "../../../lib/path-helpers.js";

/** The view. */
export function FrameworkView({ framework }: { readonly framework: Framework }) {
  const path = frameworkPath(framework);
  return (
    <div className="framework-view">
      {[...framework.levels].reverse().map((level) => (
        <section key={level.id} className="framework-level" aria-labelledby={`level-${level.id}`}>
          <h3 id={`level-${level.id}`}>{level.name}</h3>
          {level.description && <p className="meta">{level.description}</p>}
          <ul className="list-plain">
            {path
              .filter((s) => s.level.id === level.id)
              .map((s) => (
                <li key={s.stage.id}>
                  <details>
                    <summary>
                      <span className="framework-stage__number">{s.number}</span> {stageTitle(s)}
                      <span className="meta"> — {s.stage.signals.length} signals</span>
                    </summary>
                    <div className="framework-stage">
                      {s.stage.summary && <p>{s.stage.summary}</p>}
                      {s.stage.signals.length > 0 && (
                        <>
                          <h4 className="h-small">Signals</h4>
                          <ul>
                            {s.stage.signals.map((signal) => (
                              <li key={signal.id}>{signal.text}</li>
                            ))}
                          </ul>
                        </>
                      )}
                      {s.stage.actions.length > 0 && (
                        <>
                          <h4 className="h-small">Suggested actions</h4>
                          <ul>
                            {s.stage.actions.map((action) => (
                              <li key={action}>{action}</li>
                            ))}
                          </ul>
                        </>
                      )}
                      <p className="meta">
                        Id <code>{s.stage.id}</code>
                        {s.stage.replaces.length > 0 && <> · continues {s.stage.replaces.join(", ")}</>}
                      </p>
                    </div>
                  </details>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
