import { Command, CommanderError } from "commander";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { DiagramCommandError, type DiagramIo, registerDiagramCommand } from "./diagram.command.js";

const FRAMEWORK = {
  name: "TLP",
  levels: [
    {
      id: "self",
      name: "Self",
      stages: [
        { id: "s-a", name: "Awareness" },
        { id: "s-o", name: "Ownership" },
      ],
    },
    {
      id: "team",
      name: "Team & system",
      stages: [
        { id: "t-a", name: "Awareness" },
        { id: "t-o", name: "Ownership" },
      ],
    },
  ],
};

function harness(files: Record<string, string>, tty = false) {
  const out: { stdout: (string | Buffer)[]; files: Record<string, string | Buffer>; stderr: string } = {
    stdout: [],
    files: {},
    stderr: "",
  };
  const io: DiagramIo = {
    readInput: (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error("nope"), { code: "ENOENT" });
      return f;
    },
    writeFile: (path, data) => {
      out.files[path] = data;
    },
    writeStdout: (data) => out.stdout.push(data),
    stdoutIsTty: () => tty,
  };
  const program = new Command().exitOverride().configureOutput({
    writeErr: (s) => {
      out.stderr += s;
    },
    writeOut: () => {},
  });
  registerDiagramCommand(program, io);
  const run = (...args: string[]) => program.parseAsync(["node", "ascent", "diagram", ...args]);
  return { out, run };
}

describe("ascent diagram", () => {
  it("writes an SVG to stdout", async () => {
    const { out, run } = harness({ "in.json": JSON.stringify({ framework: FRAMEWORK, progress: 1.5 }) });
    await run("zigzag", "--input", "in.json");
    const svg = String(out.stdout[0]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("writes a PNG to --out, inferring the format from the extension", async () => {
    const { out, run } = harness({
      "m.json": JSON.stringify({ giver: { name: "Ada" }, receiver: { name: "Dana" }, state: "accepted" }),
    });
    await run("permission", "--input", "m.json", "--out", "m.png", "--scale", "2", "--theme", "dark");
    const png = out.files["m.png"] as Buffer;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("writes the text equivalent", async () => {
    const { out, run } = harness({ "m.json": JSON.stringify({ giver: { name: "Ada" }, receiver: { name: "Dana" } }) });
    await run("permission", "--input", "m.json", "--format", "txt");
    expect(String(out.stdout[0])).toContain("Person A (giver): Ada");
  });

  it("rejects an unknown kind with exit code 2 and one line", async () => {
    const { out, run } = harness({ "in.json": "{}" });
    const error = await run("spiral", "--input", "in.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).exitCode).toBe(2);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toContain('unknown diagram kind "spiral"');
  });

  it("names the bad field of the input", async () => {
    const { run } = harness({
      "in.json": JSON.stringify({ framework: FRAMEWORK, person: { name: "Dana", self: { progress: "high" } } }),
    });
    await expect(run("person", "--input", "in.json")).rejects.toThrow(
      new DiagramCommandError('input for "person": person.self.progress must be a number'),
    );
  });

  it("reports broken JSON and missing files in one line", async () => {
    const { run } = harness({ "bad.json": "{nope" });
    await expect(run("levels", "--input", "bad.json")).rejects.toThrow(/bad\.json is not valid JSON/);
    await expect(run("levels", "--input", "missing.json")).rejects.toThrow("cannot read --input missing.json: ENOENT");
  });

  it("refuses PNG bytes on a terminal", async () => {
    const { run } = harness({ "in.json": JSON.stringify({ framework: FRAMEWORK }) }, true);
    const error = await run("levels", "--input", "in.json", "--format", "png").catch((e: unknown) => e);
    expect((error as CommanderError).exitCode).toBe(2);
  });

  it("documents every kind's input in --help", () => {
    const program = new Command();
    registerDiagramCommand(program);
    const help = program.commands.find((c) => c.name() === "diagram")!.helpInformation();
    expect(help).toContain("--input");
    expect(help.length).toBeGreaterThan(200);
  });
});
