/** The SMTP mailer behind ASCENT_SMTP_URL, through nodemailer. */
import nodemailer from "nodemailer";
import type { Mailer } from "./mailer.js";

/** Where and as whom to send. */
export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:port` or `smtps://…`; nodemailer reads TLS and auth from it. */
  readonly url: string;
  /** The From header; defaults to `Ascent <ascent@HOST-OF-THE-URL>`. */
  readonly from?: string;
}

/** A Mailer that sends through the SMTP server named by `url`. */
export function smtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport(options.url);
  const from = options.from ?? `Ascent <ascent@${new URL(options.url).hostname || "localhost"}>`;
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}

/** The mailer the environment asks for: SMTP when ASCENT_SMTP_URL is set, else none (links are copied by hand). */
export function mailerFromEnv(env: NodeJS.ProcessEnv): Mailer | undefined {
  const url = env.ASCENT_SMTP_URL?.trim();
  if (!url) return undefined;
  const from = env.ASCENT_MAIL_FROM?.trim();
  return smtpMailer(from ? { url, from } : { url });
}
