import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailerFromEnv, smtpMailer } from "./smtp-mailer.js";
import { startTestSmtpServer } from "./testing/test-smtp-server.js";

describe("smtpMailer", () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(() => smtp.stop());

  it("delivers a plain-text message to a real SMTP server", async () => {
    const mailer = smtpMailer({ url: smtp.url, from: "Ascent <ascent@example.test>" });
    await mailer.send({ to: "ada@example.test", subject: "Hello", text: "The link: https://x.test/a" });
    mailer.close?.();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toContain("Subject: Hello");
    expect(smtp.received[0]).toContain("To: ada@example.test");
    expect(smtp.received[0]).toContain("https://x.test/a");
  });

  it("is off unless ASCENT_SMTP_URL is set", () => {
    expect(mailerFromEnv({})).toBeUndefined();
    expect(mailerFromEnv({ ASCENT_SMTP_URL: smtp.url })).toBeDefined();
  });
});
