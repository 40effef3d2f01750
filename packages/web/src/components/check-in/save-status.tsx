/** The autosave line: polite, so a screen reader hears "Saved" without losing its place. */
import { describeError } from "../../api/api-error.js";
import type { SaveStatus } from "./use-autosave.js";

/** "Saved at 10:42", "Saving…", or what went wrong with a retry. */
export function SaveStatusLine({ status, onRetry }: { readonly status: SaveStatus; readonly onRetry: () => void }) {
  return (
    <div className="save-status" aria-live="polite">
      {status.kind === "saved" && (
        <span>
          Draft saved {status.at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })} · only you can see
          it
        </span>
      )}
      {status.kind === "pending" && <span>Changes not saved yet…</span>}
      {status.kind === "saving" && <span>Saving…</span>}
      {status.kind === "error" && (
        <span className="save-status__error" role="alert">
          Not saved: {describeError(status.error)}{" "}
          <button type="button" className="btn btn--small" onClick={onRetry}>
            Try again
          </button>
        </span>
      )}
    </div>
  );
}
