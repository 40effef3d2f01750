/**
 * A refused framework's problems, shown in place: the text with its line numbers, each line with
 * a problem marked and its reasons right under it (path and why), and a list that jumps to a
 * line in the editor. Only the lines around problems are shown, so a long file stays readable.
 */
import { Fragment } from "react";
import type { FrameworkProblem } from "./framework-issues.js";
import { problemsByLine } from "./framework-issues.js";

/** Lines shown before and after each line with a problem. */
const CONTEXT = 2;

/** The problems. */
export function FrameworkProblems({
  source,
  problems,
  onGoToLine,
}: {
  readonly source: string;
  readonly problems: readonly FrameworkProblem[];
  readonly onGoToLine: (line: number) => void;
}) {
  const lines = source.split("\n");
  const byLine = problemsByLine(problems);
  const shown = new Set<number>();
  for (const line of byLine.keys()) {
    for (let n = Math.max(1, line - CONTEXT); n <= Math.min(lines.length, line + CONTEXT); n++) shown.add(n);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const whole = problems.filter((p) => p.line === null);
  const count = problems.length;
  return (
    <div className="framework-problems" role="alert" aria-labelledby="problems-title">
      <h3 id="problems-title">
        {count} {count === 1 ? "problem" : "problems"} to fix — nothing was loaded
      </h3>
      <ol className="framework-problems__list">
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder.
          <li key={i}>
            {p.line !== null ? (
              <button type="button" className="link-button" onClick={() => onGoToLine(p.line!)}>
                Line {p.line}
              </button>
            ) : (
              <span className="framework-problems__where">The whole text</span>
            )}
            {p.path && <code className="framework-problems__path">{p.path}</code>} {p.reason}
          </li>
        ))}
      </ol>
      {numbers.length > 0 && (
        <section
          className="framework-source"
          aria-label="Where the problems are in your text"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
          tabIndex={0}
        >
          <table>
            <tbody>
              {numbers.map((n, i) => (
                <Fragment key={n}>
                  {i > 0 && numbers[i - 1] !== n - 1 && (
                    <tr className="framework-source__gap">
                      <td />
                      <td>
                        <span aria-hidden="true">⋯</span>
                        <span className="visually-hidden">Lines left out</span>
                      </td>
                    </tr>
                  )}
                  <tr className={byLine.has(n) ? "framework-source__bad" : undefined}>
                    <th scope="row">{n}</th>
                    <td>
                      <code>{lines[n - 1] || " "}</code>
                      {(byLine.get(n) ?? []).map((p, k) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                        <span key={k} className="framework-source__reason">
                          {p.path ? `${p.path}: ` : ""}
                          {p.reason}
                        </span>
                      ))}
                    </td>
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {whole.length > 0 && numbers.length === 0 && (
        <p className="meta">No line is named: the text as a whole is refused.</p>
      )}
    </div>
  );
}
