import { readFileSync, writeFileSync } from "node:fs";
import {
  DIAGRAM_KINDS,
  DiagramInputError,
  type DiagramOptions,
  diagramText,
  isDiagramKind,
  renderDiagramFromJson,
  sceneToSvg,
} from "@ascent/core";
import { type Command, Option } from "commander";
import { renderPng } from "../../diagram/render-png.js";
import { DIAGRAM_HELP } from "./diagram-help.js";

/** What the command touches outside itself; tests pass their own. */
export interface DiagramIo {
  readonly readInput: (path: string) => string;
  readonly writeFile: (path: string, data: string | Buffer) => void;
  readonly writeStdout: (data: string | Buffer) => void;
  readonly stdoutIsTty: () => boolean;
}

/** The real file system and standard streams. */
export const processIo: DiagramIo = {
  readInput: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
  writeFile: (path, data) => writeFileSync(path, data),
  writeStdout: (data) => process.stdout.write(data),
  stdoutIsTty: () => process.stdout.isTTY === true,
};

/** A mistake in the input file: reported as one line, exit code 1. */
export class DiagramCommandError extends Error {}

interface DiagramFlags {
  input: string;
  format?: "svg" | "png" | "txt";
  theme: "light" | "dark";
  width?: string;
  scale: string;
  labels: boolean;
  highlight?: string;
  idPrefix?: string;
  out?: string;
}

/** Renders one diagram from flags; usage errors go through `command.error` (exit 2), input errors throw (exit 1). */
export function runDiagram(command: Command, kind: string, flags: DiagramFlags, io: DiagramIo): void {
  if (!isDiagramKind(kind)) {
    command.error(`ascent: unknown diagram kind "${kind}"; choose one of ${DIAGRAM_KINDS.join(", ")}`, {
      exitCode: 2,
      code: "ascent.diagram.kind",
    });
  }
  const width = flags.width === undefined ? undefined : Number(flags.width);
  if (width !== undefined && !(Number.isInteger(width) && width >= 360 && width <= 4000)) {
    command.error(`ascent: --width must be a whole number from 360 to 4000, got "${flags.width}"`, {
      exitCode: 2,
      code: "ascent.diagram.width",
    });
  }
  const scale = Number(flags.scale);
  if (!(scale > 0 && scale <= 8)) {
    command.error(`ascent: --scale must be a number above 0 and at most 8, got "${flags.scale}"`, {
      exitCode: 2,
      code: "ascent.diagram.scale",
    });
  }
  const format =
    flags.format ??
    (flags.out?.toLowerCase().endsWith(".png") ? "png" : flags.out?.toLowerCase().endsWith(".txt") ? "txt" : "svg");
  if (format === "png" && flags.out === undefined && io.stdoutIsTty()) {
    command.error("ascent: refusing to write PNG bytes to a terminal; pass --out file.png or redirect stdout", {
      exitCode: 2,
      code: "ascent.diagram.tty",
    });
  }
  let raw: string;
  try {
    raw = io.readInput(flags.input);
  } catch (error) {
    throw new DiagramCommandError(
      `cannot read --input ${flags.input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new DiagramCommandError(`--input ${flags.input} is not valid JSON (${(error as Error).message})`);
  }
  const options: DiagramOptions = {
    theme: flags.theme,
    labels: flags.labels,
    ...(width !== undefined ? { width } : {}),
    ...(flags.highlight !== undefined ? { highlight: flags.highlight } : {}),
    ...(flags.idPrefix !== undefined ? { idPrefix: flags.idPrefix } : {}),
  };
  let scene: ReturnType<typeof renderDiagramFromJson>;
  try {
    scene = renderDiagramFromJson(kind, json, options);
  } catch (error) {
    if (error instanceof DiagramInputError) throw new DiagramCommandError(`input for "${kind}": ${error.message}`);
    throw error;
  }
  const svg = sceneToSvg(scene);
  const output: string | Buffer =
    format === "png" ? renderPng(svg, { scale }) : format === "txt" ? `${diagramText(scene)}\n` : svg;
  if (flags.out !== undefined) io.writeFile(flags.out, output);
  else io.writeStdout(output);
}

/** `ascent diagram <kind>`: draws one of the model's diagrams as SVG, PNG or text. */
export function registerDiagramCommand(program: Command, io: DiagramIo = processIo): void {
  program
    .command("diagram")
    .description("draw a diagram (SVG, PNG or its text equivalent) from a JSON file")
    .argument("<kind>", `one of ${DIAGRAM_KINDS.join(", ")}`)
    .requiredOption("-i, --input <file>", "the diagram's data as JSON (- for stdin)")
    .addOption(
      new Option("-f, --format <format>", "output format (default: from --out, else svg)").choices([
        "svg",
        "png",
        "txt",
      ]),
    )
    .addOption(new Option("--theme <theme>", "colour theme").choices(["light", "dark"]).default("light"))
    .option("--width <pixels>", "width in pixels (360–4000); the height follows")
    .option("--scale <factor>", "PNG pixel density, e.g. 2 for slides", "1")
    .option("--no-labels", "leave out text labels (the title and text equivalent stay)")
    .option("--highlight <id>", "a stage id or person id to emphasise")
    .option("--id-prefix <prefix>", "prefix of the SVG's element ids (for several diagrams on one page)")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .addHelpText("after", DIAGRAM_HELP)
    .action(function (this: Command, kind: string, flags: DiagramFlags) {
      runDiagram(this, kind, flags, io);
    });
}
