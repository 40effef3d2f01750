/**
 * The weekly digest against a real SMTP server on 127.0.0.1, on both engines: who gets a mail (and
 * who never does), what it says and links to, that private text never travels in it, and that a
 * week is sent once — by one of two instances claiming it at the same moment, or by the instance
 * taking over from one that died mid-run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../../mail/smtp-mailer.js";
import { startTestSmtpServer } from "../../mail/testing/test-smtp-server.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import { setWeeklyDigest } from "../../store/repositories/digest.repository.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { accountIdOf, addCastPerson, seedHttpCast } from "../testing/cast-accounts.fixture.js";
import { type TestContext, testContext } from "../testing/fixed-clock.js";
import { CAST } from "../testing/privacy-cast.fixture.js";
import { DEFAULT_DIGEST_SCHEDULE } from "./digest-schedule.js";
import { startDigestScheduler } from "./digest-scheduler.js";
import { sendWeeklyDigest } from "./send-weekly-digest.service.js";
import { markersIn, plantPrivateText } from "./testing/private-text.fixture.js";

const PUBLIC_URL = "https://ascent.example.test";
/** Mondays (the default schedule), an hour after the digest's time. */
const weekOf = (day: string) => ({ week: `${day}T08:00:00.000Z`, now: `${day}T09:00:00.000Z` });

/** The text of a raw message, quoted-printable soft breaks and escapes undone (so nothing hides across lines). */
function decoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
const recipientOf = (raw: string) => /^To: (.*)$/m.exec(raw)?.[1]?.trim() ?? "";
const emailOf = (personId: string) => `${personId}@example.test`;

/**
 * Who has something to do in the cast: the mentor (their mentee is overdue and asked for a
 * check-in; their moment with the member awaits a follow-up) and every lead, leader and admin.
 */
const WITH_NUDGES = [CAST.mentor, CAST.lead, CAST.groupLead, CAST.leader, CAST.admin].map(emailOf).sort();

forEachEngine((engine) => {
  describe("the weekly digest", () => {
    let database: AscentDatabase;
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    let ctx: TestContext;
    const mailer = () => smtpMailer({ url: smtp.url, from: "Ascent <ascent@example.test>" });
    /** Sends `day`'s week as `instance` and returns the result with the mails that arrived. */
    const run = async (day: string, instance: string, context: TestContext = ctx) => {
      const { week, now } = weekOf(day);
      context.setNow(now);
      const before = smtp.received.length;
      const m = mailer();
      try {
        const result = await sendWeeklyDigest(context, m, { week, instance, publicUrl: PUBLIC_URL });
        return { result, mails: smtp.received.slice(before).map(decoded) };
      } finally {
        m.close?.();
      }
    };

    beforeAll(async () => {
      database = await engine.create();
      await seedHttpCast(database.db);
      ctx = testContext(database.db, "2026-06-01T09:00:00.000Z");
      // Long ago: the member's mentorship has been overdue for months.
      await plantPrivateText(ctx, "2026-01-10T09:00:00.000Z");
      // A leader who left and an admin who was erased would have nudges, but are never mailed.
      for (const [roles, status] of [
        [["leader"], "deactivated"],
        [["admin"], "erased"],
      ] as const) {
        const id = await addCastPerson(database.db, { teamId: "t-2", roles: [...roles] });
        await database.db.updateTable("person").set({ status }).where("id", "=", id).execute();
      }
      smtp = await startTestSmtpServer();
    });
    afterAll(() => smtp.stop());

    it("mails each person who has nudges once, with links into the app, and nobody else", async () => {
      const { result, mails } = await run("2026-06-01", "instance-a");
      expect(result).toEqual({ claimed: true, sent: WITH_NUDGES.length, empty: 2, failed: 0 });
      expect(mails.map(recipientOf).sort()).toEqual(WITH_NUDGES);
      const toMentor = mails.find((m) => recipientOf(m) === emailOf(CAST.mentor))!;
      expect(toMentor).toContain("Subject: Ascent: ");
      // The mentor's inbox: the same items and links as the web's inbox page.
      expect(toMentor).toContain("Your inbox");
      expect(toMentor).toMatch(/Name of p-member: a check-in is \d+ days overdue/);
      expect(toMentor).toContain("Name of p-member asked you for a check-in on 2026-06-01.");
      expect(toMentor).toContain(`${PUBLIC_URL}/check-in?person=${CAST.member}&kind=mentor`);
      expect(toMentor).toContain(`${PUBLIC_URL}/me`);
      expect(toMentor).toContain(
        "Your moment with Name of p-member was accepted on 2026-06-01: it awaits a follow-up.",
      );
      const toLead = mails.find((m) => recipientOf(m) === emailOf(CAST.lead))!;
      expect(toLead).toContain("In the teams you lead");
      expect(toLead).toMatch(/A mentor has written no check-in for \d+ days/);
      // The mentor is outside the lead's teams: the lead's dashboard does not name them, nor does the mail.
      expect(toLead).not.toContain("Name of p-mentor");
      const toAdmin = mails.find((m) => recipientOf(m) === emailOf(CAST.admin))!;
      expect(toAdmin).toContain("Across the organisation");
      expect(toAdmin).toMatch(/Name of p-mentor has written no check-in for \d+ days/);
    });

    it("never carries private notes, check-in notes, evidence, plans, messages or moment text", () => {
      expect(smtp.received.length).toBeGreaterThan(0);
      expect(markersIn(smtp.received.map(decoded).join("\n"))).toEqual([]);
    });

    it("sends a week once: a later run, by any instance, sends nothing", async () => {
      const again = await run("2026-06-01", "instance-b");
      expect(again.result.claimed).toBe(false);
      expect(again.mails).toEqual([]);
    });

    it("lets exactly one of two instances claiming the same week at once send it", async () => {
      const other = await engine.connectAgain(database);
      const otherCtx = testContext(other.db, "2026-06-08T09:00:00.000Z");
      const { week } = weekOf("2026-06-08");
      ctx.setNow("2026-06-08T09:00:00.000Z");
      const before = smtp.received.length;
      const [a, b] = [mailer(), mailer()];
      const results = await Promise.all([
        sendWeeklyDigest(ctx, a, { week, instance: "instance-a", publicUrl: PUBLIC_URL }),
        sendWeeklyDigest(otherCtx, b, { week, instance: "instance-b", publicUrl: PUBLIC_URL }),
      ]);
      a.close?.();
      b.close?.();
      expect(results.map((r) => r.claimed).sort()).toEqual([false, true]);
      expect(smtp.received.slice(before).map(recipientOf).sort()).toEqual(WITH_NUDGES);
    });

    it("takes over a week whose sender died mid-run, skipping whoever it had mailed", async () => {
      const { week } = weekOf("2026-06-15");
      await database.db
        .insertInto("digest_week")
        .values({
          week,
          claimed_by: "instance-dead",
          claimed_at: "2026-06-15T08:00:00.000Z",
          lease_until: "2026-06-15T08:15:00.000Z",
          finished_at: null,
          sent: 0,
        })
        .execute();
      await database.db
        .insertInto("digest_delivery")
        .values({ week, account_id: accountIdOf(CAST.mentor), sent_at: "2026-06-15T08:01:00.000Z", nudges: 2 })
        .execute();
      const { result, mails } = await run("2026-06-15", "instance-c");
      expect(result.claimed).toBe(true);
      expect(mails.map(recipientOf).sort()).toEqual(WITH_NUDGES.filter((e) => e !== emailOf(CAST.mentor)));
    });

    it("leaves out whoever turned the digest off", async () => {
      await setWeeklyDigest(database.db, accountIdOf(CAST.admin), false, ctx.now());
      const { mails } = await run("2026-06-22", "instance-a");
      expect(mails.map(recipientOf).sort()).toEqual(WITH_NUDGES.filter((e) => e !== emailOf(CAST.admin)));
      await setWeeklyDigest(database.db, accountIdOf(CAST.admin), true, ctx.now());
    });

    it("is sent by the scheduler from the week's hour, not before", async () => {
      ctx.setNow("2026-06-29T07:59:00.000Z");
      const m = mailer();
      const scheduler = startDigestScheduler({
        ctx,
        mailer: m,
        schedule: DEFAULT_DIGEST_SCHEDULE,
        publicUrl: PUBLIC_URL,
        intervalMs: 3_600_000,
      });
      try {
        expect(await scheduler.check()).toBeNull();
        ctx.setNow("2026-06-29T08:05:00.000Z");
        expect(await scheduler.check()).toMatchObject({ claimed: true, sent: WITH_NUDGES.length });
        // Finished: later checks that day find nothing to do.
        expect(await scheduler.check()).toBeNull();
      } finally {
        await scheduler.stop();
        m.close?.();
      }
    });
  });
});
