import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The only reader of process.env, called by the front ends (src/cli) and by
 * this folder when it starts a child process, which inherits the operator's
 * environment. Everything else receives these values as arguments.
 */
export function processEnv(): Readonly<Record<string, string | undefined>> {
  return process.env;
}

/** Progress lines only make sense on an interactive terminal outside CI. */
export function isInteractive(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = processEnv(),
): boolean {
  return Boolean(stream.isTTY) && !env.CI && env.TERM !== "dumb";
}

export function wantsColor(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = processEnv(),
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

/** The operator's own config file: $XDG_CONFIG_HOME/codeguardian/config.yml. */
export function userConfigPath(env: Readonly<Record<string, string | undefined>>): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== "" ? env.XDG_CONFIG_HOME : join(homedir(), ".config");
  return join(base, "codeguardian", "config.yml");
}

/** The Node.js executable running CodeGuardian, for helper scripts run in a child process. */
export function nodeExecutable(): string {
  return process.execPath;
}
