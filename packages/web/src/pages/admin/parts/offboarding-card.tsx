/**
 * Offboarding a person: deactivate (they can no longer sign in, their mentorships end, their
 * record stays whole) and, on their request, erase (their personal text goes for good, their place
 * in the organisation's numbers stays, anonymously). Each step says what will happen first.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { answer, api } from "../../../api/client.js";
import type { AdminPerson } from "../../../api/contract.js";
import { refreshOrganisation } from "../../../api/organisation.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorNotice } from "../../../components/status.js";

type Step = "deactivate" | "erase";

/** The card. */
export function OffboardingCard({ person, isMe }: { readonly person: AdminPerson; readonly isMe: boolean }) {
  const client = useQueryClient();
  const [asking, setAsking] = useState<Step | null>(null);
  const act = useMutation({
    mutationFn: (step: Step) =>
      answer(
        api.POST(step === "deactivate" ? "/api/v1/people/{personId}/deactivate" : "/api/v1/people/{personId}/erase", {
          params: { path: { personId: person.id } },
          body: { version: person.version },
        }),
      ),
    onSuccess: async () => {
      setAsking(null);
      await refreshOrganisation(client);
    },
  });
  if (person.status === "erased") return null;
  return (
    <section className="card card--flat offboarding" aria-labelledby="offboarding-title">
      <h2 id="offboarding-title">Offboarding</h2>
      {act.error !== null && <ErrorNotice error={act.error} />}
      {isMe ? (
        <p className="meta">You cannot offboard yourself here; another admin can.</p>
      ) : (
        <div className="stack-sm">
          {person.status === "active" ? (
            <div>
              <p>When {person.name} leaves, deactivate them: their record stays, but they can no longer sign in.</p>
              <button type="button" className="btn btn--danger" onClick={() => setAsking("deactivate")}>
                Deactivate {person.name}…
              </button>
            </div>
          ) : (
            <p>{person.name} is deactivated: they cannot sign in and count only in the organisation's history.</p>
          )}
          <div>
            <p>If {person.name} asks to be forgotten, erase them. This cannot be undone.</p>
            <button type="button" className="btn btn--danger" onClick={() => setAsking("erase")}>
              Erase {person.name}…
            </button>
          </div>
        </div>
      )}
      {/* One dialog (its title's id is fixed), worded for the step asked about. */}
      <ConfirmDialog
        open={asking !== null}
        title={asking === "erase" ? `Erase ${person.name} for good?` : `Deactivate ${person.name}?`}
        confirmLabel={asking === "erase" ? "Erase for good" : "Deactivate"}
        busy={act.isPending}
        onConfirm={() => asking && act.mutate(asking)}
        onCancel={() => setAsking(null)}
      >
        {asking === "erase" ? (
          <>
            <p>This cannot be undone.</p>
            <ul>
              <li>
                Their name, email and title, and every text they wrote or that was written about them — notes, evidence,
                plan notes, moment notes — are removed.
              </li>
              <li>They can no longer sign in, and their mentorships end.</li>
              <li>
                Their ratings and positions stay in the organisation's numbers under “Erased person”, so counts and the
                pipeline do not change.
              </li>
            </ul>
          </>
        ) : (
          <ul>
            <li>They can no longer sign in; their sessions and API tokens stop working.</li>
            <li>Their mentorships end today, and they stop counting in today's dashboards.</li>
            <li>Everything they have — check-ins, evidence, plans, moments — stays as it is, in history.</li>
          </ul>
        )}
      </ConfirmDialog>
    </section>
  );
}
