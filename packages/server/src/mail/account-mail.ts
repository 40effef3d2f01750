/** The texts of the mails accounts send: plain text, one link, what it is for and when it expires. */
import type { MailMessage } from "./mailer.js";

/** The invitation mail: who invited, the link, its expiry. */
export function invitationMail(to: string, link: string, expiresAt: string, invitedBy: string | null): MailMessage {
  const who = invitedBy ? `${invitedBy} has invited you` : "You have been invited";
  return {
    to,
    subject: "Your invitation to Ascent",
    text: `${who} to Ascent, where you keep your place on the technical leadership path, your evidence and your check-ins.

Choose a password to start:
${link}

The link works once and expires at ${expiresAt}.
`,
  };
}

/** The password reset mail. */
export function passwordResetMail(to: string, link: string, expiresAt: string): MailMessage {
  return {
    to,
    subject: "Reset your Ascent password",
    text: `Someone (hopefully you) asked to reset the password of your Ascent account.

Choose a new password here:
${link}

The link works once and expires at ${expiresAt}. If you did not ask for this, ignore this mail: your password stays as it is.
`,
  };
}
