import { describe, expect, it } from "vitest";
import { staleGalleryFiles } from "./build-diagram-gallery.js";

describe("diagram gallery", () => {
  it("is up to date (run `npx tsx scripts/build-diagram-gallery.ts` when this fails)", () => {
    expect(staleGalleryFiles()).toEqual([]);
  });
});
