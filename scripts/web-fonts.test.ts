import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const WEB = new URL("../packages/web/src/assets/fonts/", import.meta.url);
const SERVER = new URL("../packages/server/assets/fonts/", import.meta.url);

describe("the web app's fonts", () => {
  // A diagram downloaded as PNG from the page and one the server draws must use the same Inter.
  it.each(["Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf"])(
    "%s is the font the server draws with",
    (file) => {
      expect(readFileSync(new URL(file, WEB)).equals(readFileSync(new URL(file, SERVER)))).toBe(true);
    },
  );
});
