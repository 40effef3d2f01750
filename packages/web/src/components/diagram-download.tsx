/**
 * "Download: SVG · PNG" under a diagram. The file is exactly what the page shows (same layout,
 * data, width and theme), made in the browser by a module loaded on first use. The server's
 * diagram routes draw their own subject (a person's full history, a 12-month organisation
 * pipeline), which is not always the picture on screen, so the page does not link to them.
 */
import type { Scene } from "@ascent/core";
import { useState } from "react";
import { describeError } from "../api/api-error.js";

/** The control. */
export function DiagramDownload({
  scene,
  fileName,
}: {
  readonly scene: Scene;
  readonly fileName?: string | undefined;
}) {
  const [state, setState] = useState<{ busy: "svg" | "png" | null; error: unknown }>({ busy: null, error: null });
  // The visible "SVG" and "PNG" end each control's full name (WCAG 2.5.3).
  const name = (format: string) => `Download “${scene.title}” as ${format}`;
  const run = async (format: "svg" | "png") => {
    setState({ busy: format, error: null });
    try {
      const exporter = await import("../lib/diagram-export.js");
      const base = fileName ?? `ascent-${exporter.fileSlug(scene.title)}`;
      if (format === "svg") exporter.downloadSvg(scene, base);
      else await exporter.downloadPng(scene, base);
      setState({ busy: null, error: null });
    } catch (error) {
      setState({ busy: null, error });
    }
  };
  return (
    <div className="diagram-download">
      <span className="diagram-download__label" aria-hidden="true">
        Download
      </span>
      <button
        type="button"
        className="btn btn--small btn--quiet"
        onClick={() => run("svg")}
        disabled={state.busy !== null}
        aria-label={name("SVG")}
      >
        SVG
      </button>
      <button
        type="button"
        className="btn btn--small btn--quiet"
        onClick={() => run("png")}
        disabled={state.busy !== null}
        aria-label={name("PNG")}
      >
        PNG
      </button>
      <span className="meta" role="status">
        {state.busy === "png" ? "Drawing the PNG…" : ""}
        {state.error !== null ? `The file could not be made: ${describeError(state.error)}` : ""}
      </span>
    </div>
  );
}
