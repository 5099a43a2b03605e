import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { sha256Hex } from "../core/hash.js";
import { normaliseGitUrl } from "./git-url.js";

const APP = "codeguardian";

/**
 * Where CodeGuardian keeps data that is not part of a repository, following
 * the XDG base directory rules: `$XDG_DATA_HOME/codeguardian`, else
 * `~/.local/share/codeguardian`. The spec says a relative XDG_DATA_HOME is
 * invalid and must be ignored.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  if (xdg !== undefined && xdg !== "" && isAbsolute(xdg)) return join(xdg, APP);
  const home = env.HOME !== undefined && isAbsolute(env.HOME) ? env.HOME : homedir();
  return join(home, ".local", "share", APP);
}

/**
 * The review database for a git URL target. Its clone is temporary, so its
 * history lives in the user data directory, in a file named after the
 * repository (for people) and a hash of its normalised URL (for uniqueness).
 * Credentials never reach the name: the URL is normalised first, and the
 * readable part is only the last two path segments.
 */
export function storePathForUrl(url: string, env: NodeJS.ProcessEnv = process.env): string {
  const identity = normaliseGitUrl(url);
  const readable = identity
    .split("/")
    .slice(-2)
    .join("-")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[.-]+/, "")
    .slice(0, 48);
  const key = sha256Hex(identity).slice(0, 16);
  return join(userDataDir(env), "repos", `${readable === "" ? "repo" : readable}-${key}.db`);
}

/** The review database of a local directory lives inside it, next to its code. */
export function storePathForRoot(root: string): string {
  return join(root, ".codeguardian", "codeguardian.db");
}
