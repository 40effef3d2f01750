/**
 * A one-time invitation link, shown once: mailed when the server sends mail, otherwise in a box to
 * copy (the copy button falls back to selecting the text where the clipboard is refused).
 */
import { useRef } from "react";
import { CopyButton } from "../../../components/account/copy-button.js";
import { formatDate } from "../../../lib/path-helpers.js";

/** The notice with the link. */
export function InvitationLink({
  email,
  link,
  expiresAt,
  mailed,
}: {
  readonly email: string;
  readonly link: string;
  readonly expiresAt: string;
  readonly mailed: boolean;
}) {
  const box = useRef<HTMLElement>(null);
  const select = () => {
    const node = box.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  return (
    <div className="notice notice--ok invitation-link" role="status">
      <p>
        {mailed
          ? `The invitation is on its way to ${email}.`
          : `Invitation for ${email} created. Ascent does not send mail here, so copy the link and send it yourself:`}
      </p>
      {!mailed && (
        <p>
          <code className="link-box" ref={box}>
            {link}
          </code>
        </p>
      )}
      <p className="meta">The link works once, until {formatDate(expiresAt)}. It will not be shown again.</p>
      {!mailed && (
        <div className="row">
          <CopyButton text={link} label="Copy link" selectFallback={select} />
        </div>
      )}
    </div>
  );
}
