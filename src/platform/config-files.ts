import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ConfigInput } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import { parseConfigText, type ConfigTrust } from "../config/parse-config.js";
import { formatCap, readRepoFile, REPO_FILE_CAPS } from "./safe-fs.js";

export const REPO_CONFIG_NAMES = [".codeguardian.yml", ".codeguardian.yaml"] as const;

/**
 * Reads and validates a config file the operator named (their user config or
 * `--config`). A missing optional file is undefined; a missing file the user
 * named explicitly is an error (exit 2).
 */
export async function loadConfigFile(
  path: string,
  trust: ConfigTrust,
  required: boolean,
): Promise<ConfigInput | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && (code === "ENOENT" || code === "ENOTDIR")) return undefined;
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `${path}: cannot read config file (${code ?? (error as Error).message})`,
    );
  }
  return parseConfigText(text, path, trust);
}

/**
 * The reviewed repository's own config, if it has one. It is read as data
 * only: a symlink, a FIFO, a device or a file over the cap is refused with an
 * error naming it (exit 2), never followed, waited on or read whole.
 */
export async function loadRepoConfig(
  root: string,
): Promise<{ path: string; input: ConfigInput } | undefined> {
  for (const name of REPO_CONFIG_NAMES) {
    const path = join(root, name);
    const read = await readRepoFile(root, name, REPO_FILE_CAPS.config);
    if (read.kind === "missing") continue;
    if (read.kind !== "text") {
      throw new CodeGuardianError(
        "CG_CONFIG_INVALID",
        `${path}: cannot read repository config: ${read.reason}`,
        {
          hint: `A repository config must be a regular file of at most ${formatCap(REPO_FILE_CAPS.config)}, not a symlink or a special file.`,
        },
      );
    }
    return { path, input: parseConfigText(read.text, path, "repository") };
  }
  return undefined;
}
