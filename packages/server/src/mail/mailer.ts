/**
 * Outgoing mail as a small interface, so services never import a transport and tests can hold
 * a real SMTP server or a list in memory.
 */

/** One plain-text message. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends mail; rejects when the transport refuses the message. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Releases connections (pooled SMTP); optional. */
  close?(): void;
}

/** A mailer that keeps every message in `sent`: for tests and for "copy the link" setups. */
export function memoryMailer(): Mailer & { readonly sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
