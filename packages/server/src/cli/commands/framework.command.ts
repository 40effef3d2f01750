import { readFileSync } from "node:fs";
import {
  defaultFramework,
  type Framework,
  formatFrameworkIssue,
  frameworkPath,
  parseFramework,
  stageCount,
} from "@ascent/core";
import type { Command } from "commander";
import { UsageError } from "../usage-error.js";

/** Reads and validates a framework file; throws a UsageError listing every problem with its line. */
export function readFrameworkFile(file: string): Framework {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 1);
  }
  const result = parseFramework(text, { fileName: file });
  if (!result.ok) {
    const lines = result.errors.map((issue) => `  ${formatFrameworkIssue(issue, file)}`);
    throw new UsageError(
      `${file} is not a valid framework (${result.errors.length} problem(s)):\n${lines.join("\n")}`,
      1,
    );
  }
  return result.framework;
}

/** A readable outline of a framework: levels from the top down, each stage with its summary. */
export function frameworkOutline(framework: Framework): string {
  const lines = [
    `${framework.name} ${framework.version} — ${stageCount(framework)} stages (hash ${framework.contentHash.slice(0, 12)})`,
  ];
  for (const step of frameworkPath(framework)) {
    const summary = step.stage.summary ? ` — ${step.stage.summary}` : "";
    lines.push(
      `  ${String(step.number).padStart(2)}. ${step.level.name} · ${step.stage.name} [${step.stage.id}]${summary}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** `ascent framework validate|show`. */
export function registerFrameworkCommand(program: Command): void {
  const framework = program.command("framework").description("check and show progression frameworks (YAML or JSON)");
  framework
    .command("validate <file>")
    .description("check a framework file; every problem is listed with its path, line and reason")
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  ascent framework validate my-framework.yaml\n  ascent framework validate fw.json --json",
    )
    .action((file: string, options: { json?: boolean }) => {
      const parsed = readFrameworkFile(file);
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ ok: true, id: parsed.id, version: parsed.version, contentHash: parsed.contentHash, stages: stageCount(parsed) })}\n`
          : `${file}: valid — ${parsed.name} ${parsed.version}, ${parsed.levels.length} levels, ${stageCount(parsed)} stages\n`,
      );
    });
  framework
    .command("show [file]")
    .description("show a framework's path (the default framework when no file is given)")
    .option("--json", "print the whole framework as JSON")
    .addHelpText("after", "\nExamples:\n  ascent framework show\n  ascent framework show my-framework.yaml --json")
    .action((file: string | undefined, options: { json?: boolean }) => {
      const shown = file ? readFrameworkFile(file) : defaultFramework();
      process.stdout.write(options.json ? `${JSON.stringify(shown, null, 2)}\n` : frameworkOutline(shown));
    });
}
