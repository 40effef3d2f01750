/**
 * "Who sees this": widen or narrow one item for your mentor and your lead. The API does not say
 * what an item's current setting is yet, so the control shows what you last chose on this page
 * and starts from "as usual" (the organisation's default).
 */
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { answer, api } from "../../api/client.js";
import { ErrorNotice } from "../status.js";

type Choice = "default" | "allow" | "deny";
const AUDIENCES = [
  ["mentor", "Your mentor"],
  ["lead", "Your lead"],
] as const;
type Audience = (typeof AUDIENCES)[number][0];

/** The control for one item. */
export function SharingControl({
  itemKind,
  itemId,
}: {
  readonly itemKind: "check_in" | "evidence" | "plan";
  readonly itemId: string;
}) {
  const id = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({ mentor: "default", lead: "default" });
  const set = useMutation({
    mutationFn: ({ audience, choice }: { audience: Audience; choice: Choice }) =>
      answer(
        api.PUT("/api/v1/sharing", {
          body: { itemKind, itemId, audience, allowed: choice === "default" ? null : choice === "allow" },
        }),
      ),
  });
  return (
    <details className="sharing">
      <summary>Who sees this</summary>
      {set.error && <ErrorNotice error={set.error} />}
      <div className="sharing__row">
        {AUDIENCES.map(([audience, label]) => (
          <div className="field" key={audience}>
            <label htmlFor={`${id}-${audience}`}>{label}</label>
            <select
              id={`${id}-${audience}`}
              value={choices[audience]}
              onChange={(e) => {
                const choice = e.target.value as Choice;
                setChoices((c) => ({ ...c, [audience]: choice }));
                set.mutate({ audience, choice });
              }}
            >
              <option value="default">As usual for your organisation</option>
              <option value="allow">Can see it</option>
              <option value="deny">Cannot see it</option>
            </select>
          </div>
        ))}
      </div>
      {set.isSuccess && (
        <p className="meta" role="status">
          Saved.
        </p>
      )}
    </details>
  );
}
