/**
 * Admin: import the org chart from a CSV. Upload a file or paste the text; the preview shows every
 * row with what will happen, and every problem in place (line and column). "Import" is enabled only
 * when the preview is clean; the import is all or nothing, and the summary after offers the
 * one-time invitation links of the people it added.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useId, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../api/api-error.js";
import { answer, api } from "../api/client.js";
import type { OrgChartImportResult, OrgChartReport } from "../api/contract.js";
import { keys } from "../api/queries.js";
import { ErrorNotice } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { isAdmin } from "../lib/organisation-permissions.js";
import { formatDate } from "../lib/path-helpers.js";

type Report = OrgChartReport;
type ImportResult = OrgChartImportResult;
type Issue = Report["errors"][number];

const COLUMNS = ["name", "email", "team", "group", "mentor", "role"] as const;
const ACTION_WORDS = { create: "Add", update: "Update", unchanged: "No change" } as const;
const EXAMPLE = "name,email,team,group,mentor,role\nGrace Hopper,grace@example.com,Platform,Engineering,,lead";

/** The page. */
export default function ImportPage() {
  const me = useCurrentMe();
  const client = useQueryClient();
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [invite, setInvite] = useState(true);
  const pasteId = useId();
  const fileId = useId();

  const preview = useMutation({
    mutationFn: (text: string) => answer(api.POST("/api/v1/import/org-chart/preview", { body: { csv: text } })),
    onSuccess: (_report, text) => setPreviewed(text),
  });
  const commit = useMutation({
    mutationFn: (text: string) => answer(api.POST("/api/v1/import/org-chart", { body: { csv: text, invite } })),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== keys.setup[0] }),
  });

  if (!isAdmin(me))
    return (
      <div className="page page--narrow">
        <h1>Import the org chart</h1>
        <p>This page is for admins.</p>
      </div>
    );

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const text = await file.text();
    setFileName(file.name);
    setCsv(text);
    commit.reset();
    preview.mutate(text);
  };
  const report = preview.data;
  // The preview belongs to the text it checked: an edit since then needs a new preview.
  const current = report !== undefined && previewed === csv;
  const canImport = current && report.ok && report.rows.length > 0 && !commit.isPending && !commit.data;

  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">
          <Link to="/admin">Admin</Link> · Import
        </span>
        <h1>Import the org chart</h1>
        <p>
          One row per person: <code>name</code> and <code>email</code> are required; <code>team</code>,{" "}
          <code>group</code>, <code>mentor</code> (the mentor's email) and <code>role</code> (member, lead, leader or
          admin) are optional. People are matched by email. Nothing is written until you press Import, and then
          everything or nothing.
        </p>
      </header>

      {commit.data ? (
        <ImportSummary result={commit.data} />
      ) : (
        <section className="card" aria-labelledby="source-title">
          <h2 id="source-title">Your file</h2>
          <div className="field">
            <label htmlFor={fileId}>Upload a CSV file</label>
            <input id={fileId} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
            {fileName && <span className="hint">Read {fileName}.</span>}
          </div>
          <div className="field">
            <label htmlFor={pasteId}>…or paste the CSV</label>
            <span className="hint" id={`${pasteId}-hint`}>
              Only admins see this text; it is checked here and not kept. For example: {EXAMPLE.split("\n")[0]}
            </span>
            <textarea
              id={pasteId}
              className="mono"
              rows={8}
              value={csv}
              spellCheck={false}
              aria-describedby={`${pasteId}-hint`}
              onChange={(e) => {
                setCsv(e.currentTarget.value);
                setFileName(null);
              }}
            />
          </div>
          <div className="row">
            <button
              type="button"
              className="btn"
              disabled={csv.trim() === "" || preview.isPending}
              onClick={() => preview.mutate(csv)}
            >
              {preview.isPending ? "Checking…" : "Check the file"}
            </button>
            <label className="check">
              <input type="checkbox" checked={invite} onChange={(e) => setInvite(e.currentTarget.checked)} />
              <span>Make invitation links for the people it adds</span>
            </label>
            <button type="button" className="btn btn--primary" disabled={!canImport} onClick={() => commit.mutate(csv)}>
              {commit.isPending ? "Importing…" : "Import"}
            </button>
          </div>
          {!canImport && report && current && !report.ok && (
            <p className="meta">Import is possible once the file has no errors: fix the lines below and check again.</p>
          )}
          {report && !current && <p className="meta">The text changed since the last check: check it again.</p>}
          {preview.error && <ErrorNotice error={preview.error} />}
          {commit.error && <CommitError error={commit.error} />}
        </section>
      )}

      {report && current && !commit.data && <PreviewReport report={report} />}
    </div>
  );
}

function CommitError({ error }: { readonly error: unknown }) {
  if (error instanceof ApiError && error.details.length > 0)
    return (
      <div className="notice notice--error" role="alert">
        <p>Nothing was imported: {error.message}</p>
        <ul>
          {error.details.slice(0, 10).map((d) => (
            <li key={`${d.field}-${d.reason}`}>
              {d.field}: {d.reason}
            </li>
          ))}
        </ul>
      </div>
    );
  return <ErrorNotice error={error} />;
}

function PreviewReport({ report }: { readonly report: Report }) {
  const s = report.summary;
  const byLine = new Map<number, Issue[]>();
  for (const issue of report.errors) byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue]);
  const rowLines = new Set(report.rows.map((r) => r.line));
  // Problems of the header or of lines that produced no row are listed above the table.
  const elsewhere = report.errors.filter((i) => !rowLines.has(i.line));
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title">What the import will do</h2>
      {report.ok ? (
        <p className="notice notice--ok" role="status">
          The file is clean: {s.people} people — {s.creates} to add, {s.updates} to update, {s.unchanged} unchanged;{" "}
          {s.newTeams} new teams, {s.newGroups} new groups, {s.mentorshipsStarted} mentorships to start
          {s.mentorshipsEnded > 0 ? `, ${s.mentorshipsEnded} to end` : ""}.
        </p>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>
            {report.errorCount === 1 ? "1 problem" : `${report.errorCount} problems`} to fix before importing. Nothing
            has been written.
          </p>
          {elsewhere.length > 0 && (
            <ul>
              {elsewhere.map((i) => (
                <li key={`${i.line}-${i.column}-${i.reason}`}>
                  Line {i.line}
                  {i.column ? `, column ${i.column}` : ""}: {i.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {report.warnings.length > 0 && (
        <div className="notice notice--warn">
          <ul>
            {report.warnings.map((w) => (
              <li key={`${w.line}-${w.column}-${w.reason}`}>
                Line {w.line}
                {w.column ? `, ${w.column}` : ""}: {w.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="meta table-scroll__hint" id="import-table-hint">
        Every column of your file is in the table: swipe or scroll it sideways.
      </p>
      {/* On a phone it scrolls inside itself (never the page), so it takes focus for arrow keys (WCAG 2.1.1). */}
      <section
        className="table-scroll table-scroll--shadows"
        aria-label="The rows of your file"
        aria-describedby="import-table-hint"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
        tabIndex={0}
      >
        <table className="import-table">
          <caption className="visually-hidden">Each row of the file and what will happen to it</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Line
              </th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">Will</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => {
              const issues = byLine.get(r.line) ?? [];
              const values: Record<(typeof COLUMNS)[number], string> = {
                name: r.name,
                email: r.email,
                team: r.team ?? "",
                group: r.group ?? "",
                mentor: r.mentorEmail ?? "",
                role: r.role,
              };
              const rowIssues = issues.filter((i) => i.column === null || !COLUMNS.includes(i.column as never));
              return (
                <tr key={r.line} className={issues.length > 0 ? "import-row--bad" : undefined}>
                  <th scope="row" className="num">
                    {r.line}
                  </th>
                  {COLUMNS.map((c) => {
                    const cellIssues = issues.filter((i) => i.column === c);
                    return (
                      <td key={c} className={cellIssues.length > 0 ? "import-cell--bad" : undefined}>
                        {values[c]}
                        {cellIssues.map((i) => (
                          <span key={i.reason} className="error-text">
                            Line {r.line}, {c}: {i.reason}
                          </span>
                        ))}
                      </td>
                    );
                  })}
                  <td>
                    {issues.length > 0 ? (
                      <span className="tag tag--bad">Fix first</span>
                    ) : (
                      <span className={r.action === "unchanged" ? "tag tag--muted" : "tag tag--ok"}>
                        {ACTION_WORDS[r.action]}
                        {r.changes.length > 0 ? ` · ${r.changes.join(", ")}` : ""}
                      </span>
                    )}
                    {rowIssues.map((i) => (
                      <span key={i.reason} className="error-text">
                        Line {r.line}: {i.reason}
                      </span>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function ImportSummary({ result }: { readonly result: ImportResult }) {
  const w = result.written;
  return (
    <section className="card" aria-labelledby="done-title">
      <h2 id="done-title">Imported</h2>
      <p className="notice notice--ok" role="status">
        {w.peopleCreated} people added, {w.peopleUpdated} updated, {w.teamsCreated} teams created.
      </p>
      {result.invitations.length > 0 && (
        <>
          <h3>Invitation links</h3>
          <p className="meta">
            Each link works once, for a week, and is shown only now: copy them and send each to its person.
          </p>
          <ul className="list-plain">
            {result.invitations.map((inv) => (
              <li key={inv.id}>
                <strong>{inv.email}</strong>
                <div className="meta">Works until {formatDate(inv.expiresAt)}</div>
                {inv.mailed ? <p className="meta">Sent by email.</p> : <code className="link-box">{inv.link}</code>}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.invitationsSkipped > 0 && (
        <p className="meta">
          {result.invitationsSkipped} added people were not invited: invite them from the admin page.
        </p>
      )}
      <div className="row">
        <Link className="btn btn--primary" to="/admin">
          Back to admin
        </Link>
        <Link className="btn" to="/dashboards">
          Open the dashboards
        </Link>
      </div>
    </section>
  );
}
