import { describe, expect, it } from "vitest";
import { ConfigError } from "../../config/config.js";
import {
  DEFAULT_DIGEST_SCHEDULE,
  digestScheduleFromEnv,
  dueDigestWeek,
  latestScheduledInstant,
} from "./digest-schedule.js";

describe("the weekly digest's schedule", () => {
  it("is Monday 08:00 UTC unless the environment says otherwise, and names a bad variable", () => {
    expect(digestScheduleFromEnv({})).toEqual(DEFAULT_DIGEST_SCHEDULE);
    expect(digestScheduleFromEnv({ ASCENT_DIGEST_DAY: "Friday", ASCENT_DIGEST_HOUR: "17" })).toEqual({
      weekday: 5,
      hour: 17,
    });
    expect(digestScheduleFromEnv({ ASCENT_DIGEST_DAY: "wed" }).weekday).toBe(3);
    expect(() => digestScheduleFromEnv({ ASCENT_DIGEST_DAY: "someday" })).toThrow(ConfigError);
    expect(() => digestScheduleFromEnv({ ASCENT_DIGEST_HOUR: "24" })).toThrow(/ASCENT_DIGEST_HOUR/);
  });

  it("keys each week by its scheduled instant", () => {
    // 2026-06-01 is a Monday.
    expect(latestScheduledInstant("2026-06-01T08:00:00.000Z", DEFAULT_DIGEST_SCHEDULE)).toBe(
      "2026-06-01T08:00:00.000Z",
    );
    expect(latestScheduledInstant("2026-06-01T07:59:59.999Z", DEFAULT_DIGEST_SCHEDULE)).toBe(
      "2026-05-25T08:00:00.000Z",
    );
    expect(latestScheduledInstant("2026-06-06T23:00:00.000Z", DEFAULT_DIGEST_SCHEDULE)).toBe(
      "2026-06-01T08:00:00.000Z",
    );
    expect(latestScheduledInstant("2026-06-03T10:00:00.000Z", { weekday: 3, hour: 9 })).toBe(
      "2026-06-03T09:00:00.000Z",
    );
  });

  it("is due from the hour for a day, then not until next week", () => {
    expect(dueDigestWeek("2026-06-01T07:59:00.000Z", DEFAULT_DIGEST_SCHEDULE)).toBeNull();
    expect(dueDigestWeek("2026-06-01T08:05:00.000Z", DEFAULT_DIGEST_SCHEDULE)).toBe("2026-06-01T08:00:00.000Z");
    expect(dueDigestWeek("2026-06-02T07:59:00.000Z", DEFAULT_DIGEST_SCHEDULE)).toBe("2026-06-01T08:00:00.000Z");
    expect(dueDigestWeek("2026-06-02T08:00:00.000Z", DEFAULT_DIGEST_SCHEDULE)).toBeNull();
  });
});
