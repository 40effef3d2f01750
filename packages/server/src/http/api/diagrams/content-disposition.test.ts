import { describe, expect, it } from "vitest";
import { contentDisposition, fileNamePart } from "./content-disposition.js";

describe("file names of downloads", () => {
  it("makes readable, safe parts of any name", () => {
    expect(fileNamePart("Dana O'Brien-Lee")).toBe("dana-o-brien-lee");
    expect(fileNamePart("  ../../etc/passwd ")).toBe("etc-passwd");
    expect(fileNamePart("נועה כהן")).toBe("נועה-כהן");
    expect(fileNamePart("!!!")).toBe("");
  });

  it("names ASCII files plainly, and anything else twice (ASCII stand-in, then UTF-8)", () => {
    expect(contentDisposition("attachment", "ascent-team-platform.png")).toBe(
      'attachment; filename="ascent-team-platform.png"',
    );
    expect(contentDisposition("inline", "ascent-person-josé.svg")).toBe(
      `inline; filename="ascent-person-jose.svg"; filename*=UTF-8''ascent-person-jos%C3%A9.svg`,
    );
    const hebrew = contentDisposition("attachment", "ascent-person-נועה-כהן.svg");
    expect(hebrew).toMatch(/^attachment; filename="ascent-person\.svg"; filename\*=UTF-8''ascent-person-%D7/);
    // Nothing that could end the header value or the quoted string gets through.
    expect(contentDisposition("inline", 'a"b\r\nc.txt')).toBe(
      "inline; filename=\"a-b-c.txt\"; filename*=UTF-8''a%22b%0D%0Ac.txt",
    );
  });
});
