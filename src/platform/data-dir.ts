import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

const APP = "codeguardian";

/**
 * Where CodeGuardian keeps data that is not part of a repository, following
 * the XDG base directory rules: `$XDG_DATA_HOME/codeguardian`, else
 * `~/.local/share/codeguardian`. The spec says a relative XDG_DATA_HOME is
 * invalid and must be ignored.
 */
export function userDataDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_DATA_HOME;
  if (xdg !== undefined && xdg !== "" && isAbsolute(xdg)) return join(xdg, APP);
  const home = env.HOME !== undefined && isAbsolute(env.HOME) ? env.HOME : homedir();
  return join(home, ".local", "share", APP);
}

/**
 * The one review database of this user, for every target, local or git URL
 * (docs/storage.md): history, the LLM cache, checkpoints and the fix cache,
 * each row keyed by the project's identity. It never lives inside a reviewed
 * repository, whose files are untrusted input.
 */
export function historyStorePath(env: Readonly<Record<string, string | undefined>>): string {
  return join(userDataDir(env), "history.db");
}

/**
 * The HTTP service's own store (docs/server.md): organisations, keys and the
 * reviews requested over the API, apart from the CLI user's history.
 */
export function serverStorePath(env: Readonly<Record<string, string | undefined>>): string {
  return join(userDataDir(env), "server.db");
}
