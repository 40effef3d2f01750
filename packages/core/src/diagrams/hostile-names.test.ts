import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { layoutChain } from "./layouts/chain.layout.js";
import { layoutPermission } from "./layouts/permission.layout.js";
import { layoutPerson } from "./layouts/person.layout.js";
import { textNodes } from "./primitives/diagram-text.js";
import { sceneToMarkup } from "./primitives/scene-markup.js";
import { escapeXml, markupToSvg, sceneToSvg } from "./primitives/scene-to-svg.js";
import { fitText, graphemes } from "./primitives/text-measure.js";
import { buildFramework } from "./testing/framework.fixture.js";
import { HOSTILE_NAMES } from "./testing/hostile-names.fixture.js";
import { positionAt } from "./testing/people.fixture.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const fw = buildFramework();

describe.each(Object.entries(HOSTILE_NAMES))("a %s name", (_, name) => {
  const scenes = [
    layoutPerson({ framework: fw, person: { name, self: positionAt(fw, 2.5), mentor: null, history: [] } }),
    layoutPermission({ giver: { name }, receiver: { name } }),
    layoutChain({
      people: [
        { id: "a", name },
        { id: "b", name: "B" },
      ],
      moments: [{ giverId: "a", receiverId: "b", state: "result" }],
    }),
  ];

  it.each(scenes.map((s) => [s.kind, s] as const))("is escaped and well-formed in %s", (_kind, scene) => {
    const svg = sceneToSvg(scene);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toMatch(LONE_SURROGATE);
    // The whole name is there, escaped, at least in the accessible title.
    expect(svg).toContain(escapeXml(name));
    // The direct writer and the markup tree (what React renders) agree on hostile text too.
    expect(svg).toBe(markupToSvg(sceneToMarkup(scene)));
  });

  it.each(scenes.map((s) => [s.kind, s] as const))(
    "is shortened by whole graphemes with the full name in a tooltip in %s",
    (_kind, scene) => {
      for (const t of textNodes(scene.nodes)) {
        if (!t.text.endsWith("…") || t.text === "…") continue;
        const head = t.text.slice(0, -1);
        const clean = name.replace(/\s+/g, " ").trim();
        if (!clean.startsWith(head)) continue;
        expect(graphemes(clean).slice(0, graphemes(head).length).join("")).toBe(head);
        expect(sceneToSvg(scene)).toContain(`<title>${escapeXml(clean)}</title>`);
      }
    },
  );
});

describe("fitText", () => {
  it("never splits an emoji sequence", () => {
    const family = "👩‍👩‍👧‍👦";
    for (let w = 10; w < 200; w += 7) {
      const fitted = fitText(family.repeat(10), w, 14);
      expect(fitted.text).not.toMatch(LONE_SURROGATE);
      expect(fitted.text.replace("…", "").replaceAll(family, "")).toBe("");
    }
  });

  it("shortens the 500-character name", () => {
    const fitted = fitText(HOSTILE_NAMES.long, 200, 13);
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.endsWith("…")).toBe(true);
  });
});
