import { existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { CodeGuardianError } from "../core/errors.js";

export interface LocalTarget {
  readonly root: string;
  /** Absolute paths the user named inside root; empty means the whole root. */
  readonly paths: readonly string[];
  readonly input: string;
}

/**
 * Resolves one directory, or one or several files/directories (as pre-commit
 * passes them), to a root and the paths under it. The root is the enclosing
 * git work tree when there is one, so paths and configs line up with the repo.
 */
export async function resolveLocalTarget(targets: readonly string[], cwd: string): Promise<LocalTarget> {
  const inputs = targets.length === 0 ? ["."] : targets;
  const absolute: string[] = [];
  for (const input of inputs) {
    const full = isAbsolute(input) ? input : resolve(cwd, input);
    try {
      await stat(full);
    } catch {
      throw new CodeGuardianError("CG_TARGET_MISSING", `${input}: no such file or directory`, {
        hint: "Give a directory, one or more files, or a git URL (https://, ssh://, git://).",
      });
    }
    absolute.push(await realpath(full));
  }
  if (absolute.length === 1 && (await stat(absolute[0]!)).isDirectory()) {
    return { root: absolute[0]!, paths: [], input: inputs.join(" ") };
  }
  const common = commonDirectory(
    await Promise.all(absolute.map(async (p) => ((await stat(p)).isDirectory() ? p : dirname(p)))),
  );
  const root = gitRootAbove(common) ?? common;
  for (const p of absolute) {
    const rel = relative(root, p);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      throw new CodeGuardianError("CG_TARGET_INVALID", `${p} is outside the review root ${root}`);
    }
  }
  return { root, paths: absolute, input: inputs.join(" ") };
}

function commonDirectory(dirs: readonly string[]): string {
  let common = dirs[0] ?? "/";
  for (const dir of dirs.slice(1)) {
    while (!(dir === common || dir.startsWith(common.endsWith(sep) ? common : common + sep))) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

function gitRootAbove(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (existsSync(resolve(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
