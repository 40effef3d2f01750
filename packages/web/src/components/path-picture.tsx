/** The signature: the zig-zag of stages, optionally with a progress (reached, working on, ahead). */
import { type Framework, layoutZigzag } from "@ascent/core";
import { Diagram } from "./diagram.js";

/** The path, at the width it gets. */
export function PathPicture({
  framework,
  progress = null,
  idPrefix = "path",
  maxWidth = 880,
}: {
  readonly framework: Framework;
  readonly progress?: number | null;
  readonly idPrefix?: string;
  readonly maxWidth?: number;
}) {
  return (
    <Diagram
      idPrefix={idPrefix}
      maxWidth={maxWidth}
      deps={[framework, progress]}
      build={(options) => layoutZigzag({ framework, progress }, options)}
    />
  );
}
