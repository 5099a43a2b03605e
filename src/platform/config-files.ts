import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ConfigInput } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import { parseConfigText, type ConfigTrust } from "../config/parse-config.js";

export const REPO_CONFIG_NAMES = [".codeguardian.yml", ".codeguardian.yaml"] as const;

/**
 * Reads and validates a config file. A missing optional file is undefined;
 * a missing file the user named explicitly is an error (exit 2).
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

/** The reviewed repository's own config, if it has one. */
export async function loadRepoConfig(
  root: string,
): Promise<{ path: string; input: ConfigInput } | undefined> {
  for (const name of REPO_CONFIG_NAMES) {
    const path = join(root, name);
    const input = await loadConfigFile(path, "repository", false);
    if (input) return { path, input };
  }
  return undefined;
}
