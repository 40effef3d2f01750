/** Writing a command's result to --out or stdout. */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { UsageError } from "../usage-error.js";

/**
 * Writes `data` to `file` through a temporary sibling and a rename, so an interrupted run never
 * leaves a half-written export where a complete one is expected. Mode 0600: exports hold
 * personal data, readable by the operator alone until they decide otherwise.
 */
export function writeOutputFile(file: string, data: string | Uint8Array): void {
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 1);
  }
}

/** Writes to --out when given, else to stdout. */
export function writeResult(out: string | undefined, data: string | Uint8Array): void {
  if (out) writeOutputFile(out, data);
  else process.stdout.write(data);
}
