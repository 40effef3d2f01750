import type { Moment } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { giverNameOf, type NamedMoment, receiverNameOf } from "./moment-words.js";

const moment: Moment = {
  id: "m1",
  giverId: "g1",
  receiverId: "r1",
  variant: "struggling",
  state: "extended",
  transitions: [],
  ingredientIds: [],
  followUps: [],
  outcome: "",
  evidenceIds: [],
};

describe("who gave and received a moment", () => {
  it("prefers the names the moment carries", () => {
    const named: NamedMoment = { ...moment, giverName: "Mia Mentor", receiverName: "Tom Mentee" };
    expect(giverNameOf(named, new Map([["g1", "Someone Else"]]))).toBe("Mia Mentor");
    expect(receiverNameOf(named)).toBe("Tom Mentee");
  });

  it("falls back to names looked up, and to nothing rather than a guess", () => {
    expect(giverNameOf(moment, new Map([["g1", "Mia Mentor"]]))).toBe("Mia Mentor");
    expect(giverNameOf(moment, new Map([["g1", null]]))).toBeUndefined();
    expect(giverNameOf(moment)).toBeUndefined();
  });
});
