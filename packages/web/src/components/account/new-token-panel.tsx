/** A token just created: shown this once, with a copy button and how to use it. */
import { useRef } from "react";
import type { CreatedApiToken } from "../../api/contract.js";
import { CopyButton } from "./copy-button.js";

/** The panel; `onDone` hides the secret for good. */
export function NewTokenPanel({ created, onDone }: { readonly created: CreatedApiToken; readonly onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="notice notice--ok new-token" aria-labelledby="new-token-title">
      <h2 id="new-token-title">Copy your new token now</h2>
      <p>
        This is the only time Ascent shows “{created.name}”. It keeps only a fingerprint of it, so nobody — not even an
        admin — can show it to you again. If you lose it, revoke it and create another.
      </p>
      <label className="visually-hidden" htmlFor="new-token-value">
        The token
      </label>
      <input
        ref={input}
        id="new-token-value"
        className="mono token-value"
        readOnly
        value={created.token}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="row">
        <CopyButton text={created.token} label="Copy the token" selectFallback={() => input.current?.select()} />
      </div>
      <p className="meta">
        Send it as <code>Authorization: Bearer …</code> with each request to the API.
      </p>
      <button type="button" className="btn btn--primary" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
