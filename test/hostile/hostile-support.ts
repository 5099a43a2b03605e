/**
 * What the hostile CLI tests share: a temporary home whose XDG_CONFIG_HOME
 * holds the operator's config file (so no config of the machine running the
 * tests is read), repositories written under it, and a JSON review. The data
 * directory is already a per-file temporary one (test/support/isolated-data-home.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import { cli, git, type CliResult } from "../support/cli-harness.js";

/** The external analysers, off: the hostile cases are about CodeGuardian's own handling, and the tools only slow them. */
export const EXTERNAL_TOOLS_OFF: readonly string[] = [
  "analysers:",
  ...["bandit", "pylint", "eslint", "semgrep"].map((id) => `  ${id}: { enabled: false }`),
];

export interface OperatorHome {
  /** The temporary home; everything made under it goes with it after the file's tests. */
  readonly dir: string;
  /** Replaces the operator's config file ($XDG_CONFIG_HOME/codeguardian/config.yml). */
  operatorConfig(lines: readonly string[]): void;
  /** A fresh directory under the home holding `files` (names may nest with "/"). */
  tree(files: Readonly<Record<string, string | Uint8Array>>): string;
  /** `tree(files)`, made a git repository with one commit. */
  repo(files: Readonly<Record<string, string | Uint8Array>>): string;
}

/**
 * Call at the top of a test file: for that file's tests, XDG_CONFIG_HOME is a
 * temporary directory whose operator config holds `lines` (none: no file).
 */
export function operatorHome(prefix: string, lines?: readonly string[]): OperatorHome {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const configHome = join(dir, "config");
  const home: OperatorHome = {
    dir,
    operatorConfig(text) {
      mkdirSync(join(configHome, "codeguardian"), { recursive: true });
      writeFileSync(join(configHome, "codeguardian", "config.yml"), `${text.join("\n")}\n`);
    },
    tree(files) {
      const root = mkdtempSync(join(dir, "repo-"));
      writeTree(root, files);
      return root;
    },
    repo(files) {
      const root = home.tree(files);
      commitAll(root, "fixture", true);
      return root;
    },
  };
  if (lines !== undefined) home.operatorConfig(lines);
  beforeAll(() => {
    vi.stubEnv("XDG_CONFIG_HOME", configHome);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  return home;
}

/** Writes `files` below `root` (names may nest with "/"). */
export function writeTree(root: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

/**
 * Commits everything in `dir`, making it a repository first when `init`;
 * autocrlf off so the committed bytes are the written ones whatever git's defaults.
 */
export function commitAll(dir: string, message: string, init = false): void {
  if (init) {
    git(dir, "init", "-q", "-b", "main");
    git(dir, "config", "core.autocrlf", "false");
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
}

/**
 * `codeguardian review <dir> --no-store -f json <extra>` run from `dir`; the
 * report is there whenever stdout is not empty (and then must be JSON). Each
 * test file states the part of the report's shape it reads, with `as`.
 */
export async function reviewJson(
  dir: string,
  extra: readonly string[] = [],
): Promise<CliResult & { report?: unknown }> {
  const result = await cli(["review", dir, "--no-store", "-f", "json", ...extra], dir);
  return result.stdout.trim() === "" ? result : { ...result, report: JSON.parse(result.stdout) };
}

/** `reviewJson`, for a review that must print a report. */
export async function reviewReport(
  dir: string,
  extra: readonly string[] = [],
): Promise<CliResult & { report: unknown }> {
  const result = await cli(["review", dir, "--no-store", "-f", "json", ...extra], dir);
  return { ...result, report: JSON.parse(result.stdout) };
}
