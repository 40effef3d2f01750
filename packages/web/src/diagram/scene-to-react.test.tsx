import { sceneToSvg, type Theme } from "@ascent/core";
import { diagramSamples } from "@ascent/core/testing";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SceneSvg } from "./scene-to-react.js";

const THEMES: Theme[] = ["light", "dark"];

describe.each(diagramSamples())("SceneSvg for $name", (sample) => {
  it.each(THEMES)("renders exactly the bytes of sceneToSvg (%s)", (theme) => {
    const scene = sample.build({ theme, idPrefix: "eq" });
    expect(renderToStaticMarkup(<SceneSvg scene={scene} />)).toBe(sceneToSvg(scene));
  });
});
