import { describe, expect, it } from "vitest";
import { rangeWords, totalWords } from "./count-words.js";

describe("the people list's counts in words", () => {
  it("says 1,000+ when the server stopped counting, the exact number otherwise", () => {
    expect(totalWords({ count: 1000, exact: false })).toBe("1,000+");
    expect(totalWords({ count: 1000, exact: true })).toBe("1,000");
    expect(totalWords({ count: 7, exact: true })).toBe("7");
  });

  it("names the rows of a page, or only how many when the page number is unknown", () => {
    expect(rangeWords(0, 50, 50, { count: 1000, exact: false })).toBe("1–50 of 1,000+");
    expect(rangeWords(20, 50, 18, { count: 1000, exact: false })).toBe("1,001–1,018 of 1,000+");
    expect(rangeWords(null, 50, 50, { count: 240, exact: true })).toBe("50 of 240");
    expect(rangeWords(0, 50, 0, { count: 0, exact: true })).toBe("0 of 0");
  });
});
