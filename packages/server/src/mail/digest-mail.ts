/**
 * The weekly digest as a plain-text mail: a greeting, the nudges section by section with one link
 * each, and how to stop the mail. The text comes from compose-digest.ts (names, dates, stages and
 * numbers; never notes or moment text).
 */
import type { MailMessage } from "./mailer.js";

/** The digest's content, as app/digest/compose-digest.ts builds it. */
export interface DigestContent {
  readonly sections: readonly {
    readonly heading: string;
    readonly lines: readonly { readonly text: string; readonly link: string }[];
    readonly more: number;
  }[];
  readonly count: number;
}

/** Where the footer's links point. */
export interface DigestMailLinks {
  readonly dashboards: string;
  readonly settings: string;
}

/** The mail for one person; call only for a digest with something in it. */
export function digestMail(to: string, name: string, digest: DigestContent, links: DigestMailLinks): MailMessage {
  const sections = digest.sections.map((section) => {
    const lines = section.lines.map((line) => `- ${line.text}\n  ${line.link}`);
    if (section.more > 0) lines.push(`- …and ${section.more} more: ${links.dashboards}`);
    return `${section.heading}\n\n${lines.join("\n")}`;
  });
  const things = digest.count === 1 ? "one thing" : `${digest.count} things`;
  return {
    to,
    subject: `Ascent: ${things} for this week`,
    text: `Hello ${name},

Here is what is waiting for you in Ascent this week.

${sections.join("\n\n")}

You get this mail once a week when there is something to do; weeks with nothing bring no mail.
To stop it, turn off the weekly digest on your page: ${links.settings}
`,
  };
}
