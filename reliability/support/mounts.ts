/**
 * File-system faults for the fault tests, made with real mounts (root only):
 *
 *   const full = await mountTmpfs(dir, 8 * MiB);       // a small disk that can fill up
 *   const ro = await bindMount(source, target); await ro.readOnly();   // a folder that stops taking writes
 *   ...
 *   finally { await full.unmount(); await ro.unmount(); }
 *
 * As root, `chmod` does not stop writes, so read-only means a read-only mount. Every mount made here
 * is also unmounted when the test process exits, whatever happened.
 */
import { execFile, execFileSync } from "node:child_process";
import { statfsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One mebibyte. */
export const MiB = 1024 * 1024;

/** A mount this process made. */
export interface Mount {
  readonly path: string;
  /** Unmounts (lazily if something still holds it); safe to call twice. */
  unmount(): Promise<void>;
}

const mounted = new Set<string>();
process.once("exit", () => {
  // Last resort after a crashed test: a lazy unmount needs no waiting.
  for (const path of mounted) {
    try {
      execFileSync("umount", ["-l", path]);
    } catch {
      // already gone
    }
  }
});

/** Why mount tests cannot run here, or null when they can (root, and `mount -t tmpfs` works). */
export async function mountUnavailableReason(): Promise<string | null> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return "mount tests need root";
  const probe = await mkdtemp(join(tmpdir(), "ascent-mount-probe-"));
  try {
    await run("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", probe]);
    await run("umount", [probe]);
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split("\n")[0]}`;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

function tracked(path: string): Mount {
  mounted.add(path);
  return {
    path,
    async unmount() {
      if (!mounted.has(path)) return;
      try {
        await run("umount", [path]);
      } catch {
        await run("umount", ["-l", path]).catch(() => {});
      }
      mounted.delete(path);
    },
  };
}

/** A tmpfs of `sizeBytes` on `dir` (which must exist). */
export async function mountTmpfs(
  dir: string,
  sizeBytes: number,
): Promise<Mount & { resize(bytes: number): Promise<void> }> {
  await run("mount", ["-t", "tmpfs", "-o", `size=${sizeBytes}`, "tmpfs", dir]);
  const mount = tracked(dir);
  return {
    ...mount,
    // tmpfs can grow (or shrink) in place: what "the operator added space" looks like.
    resize: async (bytes: number) => {
      await run("mount", ["-o", `remount,size=${bytes}`, dir]);
    },
  };
}

/** `source` bind-mounted on `target` (both folders), read-write until `readOnly()`. */
export async function bindMount(
  source: string,
  target: string,
): Promise<Mount & { readOnly(): Promise<void>; readWrite(): Promise<void> }> {
  await run("mount", ["--bind", source, target]);
  const mount = tracked(target);
  return {
    ...mount,
    readOnly: async () => {
      await run("mount", ["-o", "remount,bind,ro", target]);
    },
    readWrite: async () => {
      await run("mount", ["-o", "remount,bind,rw", target]);
    },
  };
}

/** Bytes a non-root writer could still write under `dir`. */
export function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}
