/**
 * Admin · Settings: the organisation's name, its privacy policy (everyone signed in reads it on
 * the Privacy page) and the policy's one switch — whether admins may read private content, every
 * such read audited. Saved on the version read; a conflict keeps what you typed.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import type { OrganisationSettings } from "../../api/contract.js";
import { orgKeys, useOrganisationSettings } from "../../api/organisation.js";
import { TextAreaField, TextField } from "../../components/field.js";
import { ErrorNotice, Loading } from "../../components/status.js";
import { FormError, fieldError } from "./parts/form-errors.js";

/** The page. */
export default function SettingsAdminPage() {
  const settings = useOrganisationSettings();
  if (settings.isPending) return <Loading what="Opening the settings" />;
  if (settings.error)
    return (
      <div className="page">
        <ErrorNotice error={settings.error} onRetry={() => settings.refetch()} />
      </div>
    );
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <span className="eyebrow">Admin · Settings</span>
        <h1>Organisation settings</h1>
        <p>
          Your organisation's name and privacy policy. Everyone signed in can read the policy on the{" "}
          <Link to="/privacy">Privacy</Link> page.
        </p>
      </header>
      <SettingsForm initial={settings.data} />
    </div>
  );
}

interface Draft {
  readonly name: string;
  readonly text: string;
  readonly adminMayRead: boolean;
}

function draftOf(s: OrganisationSettings): Draft {
  return {
    name: s.name,
    text: s.privacyPolicy.text,
    adminMayRead: s.privacyPolicy.adminMayReadPrivateContent,
  };
}

function SettingsForm({ initial }: { readonly initial: OrganisationSettings }) {
  const client = useQueryClient();
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [conflict, setConflict] = useState<OrganisationSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (version: number) =>
      answer(
        api.PUT("/api/v1/organisation/settings", {
          body: {
            version,
            name: draft.name.trim(),
            privacyPolicy: { text: draft.text, adminMayReadPrivateContent: draft.adminMayRead },
          },
        }),
      ),
    onSuccess: (result) => {
      setBase(result);
      setDraft(draftOf(result));
      setConflict(null);
      setSaved(true);
      client.setQueryData(orgKeys.settings, result);
    },
    onError: async (error) => {
      if (isApiError(error, "conflict") && error.details.length === 0)
        setConflict(await answer(api.GET("/api/v1/organisation/settings")));
    },
  });
  const edit = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(base.version);
  };
  const stale = isApiError(save.error, "conflict") && save.error.details.length === 0;
  const before = draftOf(base);
  const changed =
    before.name !== draft.name || before.text !== draft.text || before.adminMayRead !== draft.adminMayRead;

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {conflict && (
        <div className="notice notice--warn" role="alert">
          <h2 className="h-notice">The settings changed while you were editing</h2>
          <p>
            Another admin saved them meanwhile, so yours were not saved yet. What you typed is still below.
            {conflict.privacyPolicy.adminMayReadPrivateContent !== draft.adminMayRead &&
              ` Note: they set admins ${conflict.privacyPolicy.adminMayReadPrivateContent ? "may" : "may not"} read private content.`}
          </p>
          <div className="row">
            <button type="button" className="btn btn--primary" onClick={() => save.mutate(conflict.version)}>
              Save mine over it
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setBase(conflict);
                setDraft(draftOf(conflict));
                setConflict(null);
                save.reset();
              }}
            >
              Use the saved version
            </button>
          </div>
        </div>
      )}
      {!stale && <FormError error={save.error} fields={["name", "privacyPolicy"]} />}
      {saved && (
        <p className="notice notice--ok" role="status">
          Settings saved.
        </p>
      )}
      <section className="card" aria-labelledby="org-title">
        <h2 id="org-title">Organisation</h2>
        <TextField
          label="Name"
          value={draft.name}
          required
          maxLength={200}
          onChange={(e) => edit({ name: e.currentTarget.value })}
          hint="Shown on the Privacy page and in mails Ascent sends."
          error={fieldError(save.error, "name")}
        />
      </section>
      <section className="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Privacy policy</h2>
        <TextAreaField
          label="Your policy, in your own words"
          value={draft.text}
          rows={10}
          maxLength={20000}
          onChange={(e) => edit({ text: e.currentTarget.value })}
          hint="Everyone signed in reads this on the Privacy page, above what Ascent always keeps private."
          error={fieldError(save.error, "privacyPolicy.text")}
        />
        <div className="switch-field">
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={draft.adminMayRead}
              checked={draft.adminMayRead}
              aria-describedby="admin-read-explained"
              onChange={(e) => edit({ adminMayRead: e.currentTarget.checked })}
            />
            <span className="switch__track" aria-hidden="true" />
            <span className="switch__label">Admins may read private content</span>
          </label>
          <div id="admin-read-explained" className="switch-explained">
            <p>
              <strong>{draft.adminMayRead ? "On:" : "Off (the default):"}</strong>{" "}
              {draft.adminMayRead
                ? "admins may open what people have shared with someone: submitted check-ins, evidence, plans and extended moments, in the app and in the organisation export. Every such read is written to the audit log, with who read what and when."
                : "admins manage accounts, teams, the framework and settings, but cannot read anyone's check-ins, evidence, plans or moments."}
            </p>
            <p className="meta">
              Either way, nothing opens private notes, check-in drafts, moments still in aware (only their giver sees
              them) or the staying-by-choice note (the person's and their mentor's), nor anything someone shares with
              nobody — not exports, reports, dashboards or counts. The Privacy page tells everyone which way it is set.
            </p>
          </div>
        </div>
      </section>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={save.isPending || !changed || conflict !== null}>
          {save.isPending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
