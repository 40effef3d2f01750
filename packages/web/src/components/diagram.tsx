/**
 * A diagram from the core's layouts, drawn at the width it is given and in the theme in effect,
 * with its text equivalent one click away (the SVG itself carries title and description).
 */
import type { DiagramOptions, Scene } from "@ascent/core";
import { useMemo } from "react";
import { SceneSvg } from "../diagram/scene-to-react.js";
import { useElementWidth } from "../hooks/use-element-width.js";
import { useResolvedTheme } from "../lib/theme.js";
import { DiagramDownload } from "./diagram-download.js";

interface DiagramProps {
  /** Builds the scene for the given options (width, theme, idPrefix). */
  readonly build: (options: DiagramOptions) => Scene;
  /** Unique on the page: the SVG's title/desc ids derive from it. */
  readonly idPrefix: string;
  /** Redraw when these change (the data the build reads). */
  readonly deps: readonly unknown[];
  /** Widest layout; on wide screens the picture stays readable rather than huge. */
  readonly maxWidth?: number;
  /** Show the "read as text" disclosure (default true). */
  readonly withText?: boolean;
  readonly labels?: boolean;
  readonly className?: string;
  /** Offer "Download: SVG · PNG" (default true); a string names the file (without extension). */
  readonly download?: boolean | string;
}

/** The diagram, responsive. */
export function Diagram({
  build,
  idPrefix,
  deps,
  maxWidth = 960,
  withText = true,
  labels,
  className,
  download = true,
}: DiagramProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const theme = useResolvedTheme();
  const width = measured > 0 ? Math.max(360, Math.min(maxWidth, measured)) : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `build` reads.
  const scene = useMemo(
    () => (width > 0 ? build({ width, theme, idPrefix, ...(labels === undefined ? {} : { labels }) }) : null),
    [width, theme, idPrefix, labels, ...deps],
  );
  return (
    <div className={`diagram ${className ?? ""}`} ref={ref}>
      {scene && <SceneSvg scene={scene} />}
      {scene && (withText || download) && (
        <div className="diagram-tools">
          {withText && (
            <details className="diagram-text">
              <summary>Read this picture as text</summary>
              <ul>
                {scene.text.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          {download && <DiagramDownload scene={scene} fileName={typeof download === "string" ? download : undefined} />}
        </div>
      )}
    </div>
  );
}
