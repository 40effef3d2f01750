/**
 * Admin · Framework: the active framework's levels, stages and signals, and loading a new version
 * as YAML or JSON (pasted or from a file). The text is checked first (a dry run that stores
 * nothing): every problem is shown in place with its line and path, or the changes stage by
 * stage; only then can it be loaded. A check belongs to the text it checked — an edit needs a new one.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { ApiError, isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import type { FrameworkLoadResult } from "../../api/contract.js";
import { refreshOrganisation } from "../../api/organisation.js";
import { keys, useFramework } from "../../api/queries.js";
import { ErrorNotice, Loading } from "../../components/status.js";
import { formatDate } from "../../lib/path-helpers.js";
import { FrameworkChanges } from "./parts/framework-changes.js";
import { type FrameworkProblem, frameworkProblems, lineRange } from "./parts/framework-issues.js";
import { FrameworkProblems } from "./parts/framework-problems.js";
import { FrameworkView } from "./parts/framework-view.js";

/** What the last check said, about which text. */
type Checked =
  | { readonly source: string; readonly ok: FrameworkLoadResult }
  | { readonly source: string; readonly problems: readonly FrameworkProblem[] };

/** The page. */
export default function FrameworkAdminPage() {
  const framework = useFramework();
  if (framework.isPending) return <Loading what="Opening the framework" />;
  if (framework.error)
    return (
      <div className="page">
        <ErrorNotice error={framework.error} onRetry={() => framework.refetch()} />
      </div>
    );
  const f = framework.data;
  const stages = f.levels.reduce((n, l) => n + l.stages.length, 0);
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Admin · Framework</span>
        <h1>{f.name}</h1>
        <p>
          Version {f.version} · {f.levels.length} levels, {stages} stages. Everyone is placed on this path; every
          check-in records the version it was made against.
        </p>
      </header>
      <div className="grid-2">
        <UploadCard />
        <section className="card card--flat" aria-labelledby="active-title">
          <h2 id="active-title">The stages now</h2>
          <FrameworkView framework={f} />
        </section>
      </div>
    </div>
  );
}

function UploadCard() {
  const client = useQueryClient();
  const active = useFramework().data!;
  const [source, setSource] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [loaded, setLoaded] = useState<FrameworkLoadResult | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const editorId = useId();
  const fileId = useId();

  const post = (text: string, dryRun: boolean) =>
    answer(
      api.POST("/api/v1/framework", {
        params: { query: { ...(dryRun ? { dryRun: "1" as const } : {}), basedOn: active.contentHash } },
        body: { source: text },
      }),
    );
  const check = useMutation({
    mutationFn: (text: string) => post(text, true),
    onMutate: () => {
      setChecked(null);
      setLoaded(null);
    },
    onSuccess: (ok, text) => setChecked({ source: text, ok }),
    onError: (error, text) => {
      if (error instanceof ApiError && error.code === "validation_failed" && error.details.length > 0)
        setChecked({ source: text, problems: frameworkProblems(error.details) });
    },
  });
  const load = useMutation({
    mutationFn: (text: string) => post(text, false),
    onSuccess: async (result) => {
      setLoaded(result);
      setChecked(null);
      setSource("");
      setFileName(null);
      client.setQueryData(keys.framework, result.framework);
      await Promise.all([
        client.invalidateQueries({ queryKey: ["overview"] }),
        client.invalidateQueries({ queryKey: ["dashboard"] }),
        refreshOrganisation(client),
      ]);
    },
  });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const text = await file.text();
    setFileName(file.name);
    setSource(text);
    check.mutate(text);
  };
  const goToLine = (line: number) => {
    const area = editor.current;
    if (!area) return;
    const { start, end } = lineRange(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  const current = checked !== null && checked.source === source;
  const ok = current && "ok" in checked ? checked.ok : null;
  const problems = current && "problems" in checked ? checked.problems : null;
  const otherError = check.error && !isApiError(check.error, "validation_failed") ? check.error : null;

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">Load a new version</h2>
      <p className="meta">
        YAML or JSON: levels from the narrowest scope to the widest, each with its stages. Stage ids carry ratings
        across versions; a stage that continues an old one says so with <code>replaces</code>. Nothing is stored until
        you press Load.
      </p>
      {loaded && (
        <div className="notice notice--ok" role="status">
          <p>
            {loaded.created
              ? `${loaded.framework.name} ${loaded.framework.version} is now the framework. Positions were recomputed under it.`
              : `${loaded.framework.name} ${loaded.framework.version} already was the active version: nothing changed.`}
          </p>
          {loaded.version && <p className="meta">Loaded {formatDate(loaded.version.createdAt)}.</p>}
        </div>
      )}
      <div className="field">
        <label htmlFor={fileId}>Upload a YAML or JSON file</label>
        <input
          id={fileId}
          type="file"
          accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
          onChange={onFile}
        />
        {fileName && <span className="hint">Read from {fileName}.</span>}
      </div>
      <div className="field">
        <label htmlFor={editorId}>…or paste the framework</label>
        <span className="hint" id={`${editorId}-hint`}>
          Checked as YAML unless it starts with “{"{"}”.
        </span>
        <textarea
          id={editorId}
          ref={editor}
          className="mono framework-editor"
          value={source}
          rows={14}
          spellCheck={false}
          aria-describedby={`${editorId}-hint`}
          aria-invalid={problems ? true : undefined}
          onChange={(e) => setSource(e.currentTarget.value)}
        />
      </div>
      <div className="row">
        <button
          type="button"
          className={`btn${ok ? "" : " btn--primary"}`}
          disabled={!source.trim() || check.isPending}
          onClick={() => check.mutate(source)}
        >
          {check.isPending ? "Checking…" : "Check"}
        </button>
        {checked !== null && !current && <span className="meta">You changed the text: check it again.</span>}
      </div>
      {otherError && <ErrorNotice error={otherError} />}
      {problems && <FrameworkProblems source={source} problems={problems} onGoToLine={goToLine} />}
      {ok && (
        <div className="framework-ready" role="status" aria-labelledby="ready-title">
          <h3 id="ready-title">
            {ok.framework.name} {ok.framework.version} is ready to load
          </h3>
          <p>
            {ok.framework.levels.length} levels, {ok.framework.levels.reduce((n, l) => n + l.stages.length, 0)} stages.
            Compared with {active.name} {active.version}:
          </p>
          <FrameworkChanges changes={ok.changes} before={active} after={ok.framework} />
          <p className="meta">
            Loading makes it the framework for everyone at once: positions are recomputed under it, and the version you
            replace is kept.
          </p>
          {load.error !== null && <ErrorNotice error={load.error} />}
          <button
            type="button"
            className="btn btn--primary"
            disabled={load.isPending}
            onClick={() => load.mutate(checked!.source)}
          >
            {load.isPending ? "Loading…" : `Load ${ok.framework.name} ${ok.framework.version}`}
          </button>
        </div>
      )}
    </section>
  );
}
