/**
 * Which git URLs CodeGuardian will clone. Git can reach far more than
 * remote repositories through a URL: `file://` reads the local disk,
 * `ext::` and other `<transport>::` forms run programs, and an argument
 * starting with `-` becomes an option (`--upload-pack=...`). Only the
 * network transports that fetch a repository are allowed.
 *
 * Plain `http://` is refused by default: the code and any credential in the
 * URL would travel unencrypted and could be altered on the way. An operator
 * can allow it (an internal mirror, or tests) with `allowHttp`.
 */

export interface GitUrlPolicy {
  /** Accept plain http:// (unencrypted). Default false. */
  readonly allowHttp?: boolean;
}

export type GitUrlCheck =
  | {
      readonly ok: true;
      /** The URL as given, credentials included: for cloning only. */
      readonly url: string;
      /** The same URL without credentials: for reports, logs, project keys and storage. */
      readonly redacted: string;
    }
  | { readonly ok: false; readonly reason: string };

const ALLOWED_SCHEMES = new Set(["https", "ssh", "git", "git+ssh", "ssh+git"]);

/** `scheme://...` */
const SCHEME_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/** `ext::sh -c ...`, `fd::3`: git's remote-helper syntax. */
const TRANSPORT_PREFIX = /^[A-Za-z][A-Za-z0-9+.-]*::/;
/** `user@host:path`, as ssh and GitHub's "SSH" URLs are written. */
const SCP_LIKE = /^([^@/:\s]+)@([^/:\s]+):(.*)$/;

/**
 * True when a CLI target is meant as a git URL rather than a local path, so
 * that even a forbidden URL is refused by {@link validateGitUrl} with a clear
 * reason instead of being looked up as a file.
 */
export function isGitUrl(target: string): boolean {
  return SCHEME_URL.test(target) || TRANSPORT_PREFIX.test(target) || SCP_LIKE.test(target);
}

export function validateGitUrl(url: string, policy: GitUrlPolicy = {}): GitUrlCheck {
  if (url.length === 0) return refuse("the URL is empty");
  if (url.startsWith("-")) return refuse("it starts with '-' and would be read as a git option");
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return refuse("it contains spaces or control characters");
  const scheme = SCHEME_URL.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (TRANSPORT_PREFIX.test(url)) {
      return refuse("'<transport>::' URLs (such as ext::) can run commands and are not allowed");
    }
    return validateScpLike(url);
  }
  if (scheme === "file")
    return refuse("file:// URLs read the local disk; review a local directory by its path instead");
  if (scheme === "http" && policy.allowHttp !== true) {
    return refuse("plain http:// is unencrypted; use https:// (or allow http for a trusted mirror)");
  }
  if (scheme !== "http" && !ALLOWED_SCHEMES.has(scheme)) {
    return refuse(`the '${scheme}' scheme is not allowed; use https://, ssh:// or git://`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse("it is not a valid URL");
  }
  if (parsed.hostname === "") return refuse("it has no host");
  if (parsed.hostname.startsWith("-") || safeDecode(parsed.username).startsWith("-")) {
    return refuse("a host or user name starting with '-' could be read as an ssh option");
  }
  if (parsed.pathname === "" || parsed.pathname === "/") return refuse("it names no repository path");
  return { ok: true, url, redacted: redactUrl(url) };
}

function validateScpLike(url: string): GitUrlCheck {
  const match = SCP_LIKE.exec(url);
  if (match === null) return refuse("it is not a git URL (https://, ssh://, git:// or user@host:path)");
  const [, user = "", host = "", path = ""] = match;
  if (user.startsWith("-") || host.startsWith("-") || path.startsWith("-")) {
    return refuse("a part starting with '-' could be read as an ssh option");
  }
  if (path === "" || path === "/") return refuse("it names no repository path");
  return { ok: true, url, redacted: url };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function refuse(reason: string): GitUrlCheck {
  return { ok: false, reason };
}

/**
 * The URL safe to print or store: no password, and for http(s) no user name
 * either, because tokens are commonly passed as the user name
 * (`https://<token>@host/...`). Unparseable input comes back with anything
 * that looks like credentials removed.
 */
export function redactUrl(url: string): string {
  const scheme = SCHEME_URL.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return url;
  try {
    const parsed = new URL(url);
    if (scheme === "http" || scheme === "https") parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/]*@/, "$1");
  }
}

/** Removes credentials from any URL inside a message (git echoes the URL it was given). */
export function redactText(text: string): string {
  return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/\s'"]+@/g, "$1");
}

/**
 * A stable identity for a repository however its URL is written:
 * `https://user:tok@GitHub.com/Owner/repo.git/` and
 * `git@github.com:Owner/repo` both become `github.com/Owner/repo`.
 * Host names are case-insensitive; paths are not.
 */
export function normaliseGitUrl(url: string): string {
  const scp = SCHEME_URL.test(url) ? null : SCP_LIKE.exec(url);
  let hostAndPath: string;
  if (scp !== null) {
    const [, , host = "", path = ""] = scp;
    hostAndPath = `${host.toLowerCase()}/${path.replace(/^\/+/, "")}`;
  } else {
    try {
      const parsed = new URL(url);
      hostAndPath = `${parsed.host.toLowerCase()}${safeDecode(parsed.pathname)}`;
    } catch {
      hostAndPath = redactText(url);
    }
  }
  return hostAndPath
    .replace(/(?<!\/)\/+$/, "")
    .replace(/\.git$/, "")
    .replace(/(?<!\/)\/+$/, "");
}
