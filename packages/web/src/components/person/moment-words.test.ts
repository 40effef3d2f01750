import type { Moment } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { giverNameOf, momentTitle, type NamedMoment, receiverNameOf } from "./moment-words.js";

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

describe("a moment's title in a person's list", () => {
  it("names the receiver for its giver, even on the giver's own page (never the giver themself)", () => {
    const given: NamedMoment = { ...moment, giverName: "Mia Mentor", receiverName: "Tom Mentee" };
    // On Tom's page.
    expect(momentTitle(given, "g1", { personId: "r1", firstName: "Tom" })).toBe("Your moment with Tom");
    // On Mia's own page: the moment she gave is with Tom, not with Mia.
    expect(momentTitle(given, "g1", { personId: "g1", firstName: "Mia" })).toBe("Your moment with Tom");
    expect(momentTitle(moment, "g1", { personId: "g1", firstName: "Mia" }, new Map([["r1", "Tom Mentee"]]))).toBe(
      "Your moment with Tom",
    );
    expect(momentTitle(moment, "g1", { personId: "g1", firstName: "Mia" })).toBe("Your moment");
  });

  it("names the giver for its receiver and for anyone else", () => {
    const given: NamedMoment = { ...moment, giverName: "Mia Mentor" };
    expect(momentTitle(given, "r1", { personId: "r1", firstName: "Tom" })).toBe(
      "Permission you were given by Mia Mentor",
    );
    expect(momentTitle(given, "x1", { personId: "r1", firstName: "Tom" })).toBe("A moment from Mia Mentor");
  });
});
