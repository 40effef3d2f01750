import { readFileSync, writeFileSync } from "node:fs";
import {
  DIAGRAM_KINDS,
  DiagramInputError,
  type DiagramKind,
  type DiagramOptions,
  diagramText,
  isDiagramKind,
  renderDiagramFromJson,
  type Scene,
  sceneToSvg,
} from "@ascent/core";
import { type Command, Option } from "commander";
import { loadOrgView, personByEmail, teamByName } from "../../app/diagrams/load-org-view.service.js";
import { renderPng } from "../../diagram/render-png.js";
import { type DiagramTarget, diagramScene } from "../org/org-diagrams.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { UsageError } from "../usage-error.js";
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
export class DiagramCommandError extends UsageError {
  constructor(message: string) {
    super(message, 1);
  }
}

interface DiagramFlags {
  input?: string;
  person?: string;
  team?: string;
  org?: boolean;
  dataDir?: string;
  format?: "svg" | "png" | "txt";
  theme: "light" | "dark";
  width?: string;
  scale: string;
  labels: boolean;
  highlight?: string;
  idPrefix?: string;
  out?: string;
}

/** The validated output settings shared by both sources (a JSON file, the database). */
interface OutputSettings {
  readonly kind: DiagramKind;
  readonly format: "svg" | "png" | "txt";
  readonly scale: number;
  readonly options: DiagramOptions;
}

/** Checks the kind and output flags; usage errors go through `command.error` (exit 2). */
function outputSettings(command: Command, kind: string, flags: DiagramFlags, io: DiagramIo): OutputSettings {
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
  const options: DiagramOptions = {
    theme: flags.theme,
    labels: flags.labels,
    ...(width !== undefined ? { width } : {}),
    ...(flags.highlight !== undefined ? { highlight: flags.highlight } : {}),
    ...(flags.idPrefix !== undefined ? { idPrefix: flags.idPrefix } : {}),
  };
  return { kind, format, scale, options };
}

/** Writes the scene in the chosen format to --out or stdout. */
function emit(scene: Scene, settings: OutputSettings, flags: DiagramFlags, io: DiagramIo): void {
  const svg = sceneToSvg(scene);
  const output: string | Buffer =
    settings.format === "png"
      ? renderPng(svg, { scale: settings.scale })
      : settings.format === "txt"
        ? `${diagramText(scene)}\n`
        : svg;
  if (flags.out !== undefined) io.writeFile(flags.out, output);
  else io.writeStdout(output);
}

/** Which source the flags name: a JSON file, or the database (--person, --team, --org). */
function sourceOf(command: Command, flags: DiagramFlags): "input" | "database" {
  const targets = [flags.person, flags.team, flags.org].filter((t) => t !== undefined && t !== false).length;
  if (flags.input !== undefined && targets > 0) {
    command.error("ascent: give --input or one of --person, --team, --org, not both", {
      exitCode: 2,
      code: "ascent.diagram.source",
    });
  }
  if (targets > 1) {
    command.error("ascent: give only one of --person, --team, --org", { exitCode: 2, code: "ascent.diagram.source" });
  }
  if (flags.input === undefined && targets === 0) {
    command.error(
      "ascent: say what to draw: --input file.json, or --person EMAIL, --team NAME or --org from the database",
      {
        exitCode: 2,
        code: "ascent.diagram.source",
      },
    );
  }
  return flags.input !== undefined ? "input" : "database";
}

/** Renders one diagram from flags; usage errors go through `command.error` (exit 2), input errors throw (exit 1). */
export function runDiagram(command: Command, kind: string, flags: DiagramFlags, io: DiagramIo): void {
  const settings = outputSettings(command, kind, flags, io);
  const input = flags.input ?? "-";
  let raw: string;
  try {
    raw = io.readInput(input);
  } catch (error) {
    throw new DiagramCommandError(
      `cannot read --input ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new DiagramCommandError(`--input ${input} is not valid JSON (${(error as Error).message})`);
  }
  let scene: Scene;
  try {
    scene = renderDiagramFromJson(settings.kind, json, settings.options);
  } catch (error) {
    if (error instanceof DiagramInputError) throw new DiagramCommandError(`input for "${kind}": ${error.message}`);
    throw error;
  }
  emit(scene, settings, flags, io);
}

/** Draws a diagram of a person, a team or the organisation from the database. */
export async function runDatabaseDiagram(
  command: Command,
  kind: string,
  flags: DiagramFlags,
  io: DiagramIo,
): Promise<void> {
  const settings = outputSettings(command, kind, flags, io);
  const scene = await withDatabase(flags, async (database) => {
    const view = await loadOrgView(database.db);
    const target: DiagramTarget =
      flags.person !== undefined
        ? { kind: "person", person: personByEmail(view, flags.person) }
        : flags.team !== undefined
          ? (() => {
              const team = teamByName(view, flags.team!);
              return { kind: "team" as const, teamId: team.id, name: team.name };
            })()
          : { kind: "org" };
    return diagramScene(view, target, settings.kind, settings.options);
  });
  emit(scene, settings, flags, io);
}

/** `ascent diagram <kind>`: draws one of the model's diagrams as SVG, PNG or text. */
export function registerDiagramCommand(program: Command, io: DiagramIo = processIo): void {
  program
    .command("diagram")
    .description("draw a diagram (SVG, PNG or its text equivalent) from a JSON file or from the database")
    .argument("<kind>", `one of ${DIAGRAM_KINDS.join(", ")}`)
    .option("-i, --input <file>", "the diagram's data as JSON (- for stdin)")
    .option("--person <email>", "draw this person from the database (person, zigzag, timeline)")
    .option("--team <name>", "draw this team from the database (team, pipeline)")
    .option("--org", "draw the whole organisation from the database (team, pipeline, chain, …)")
    .option("--data-dir <dir>", DATA_DIR_HELP)
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
    .action(async function (this: Command, kind: string, flags: DiagramFlags) {
      if (sourceOf(this, flags) === "input") runDiagram(this, kind, flags, io);
      else await runDatabaseDiagram(this, kind, flags, io);
    });
}
