/**
 * Which git configuration keys name a program git would run, and what to set
 * each to so that it runs nothing. A reviewed repository's `.git/config` (and
 * anything it includes) is untrusted; filter and diff drivers carry names the
 * repository chooses, so the keys are matched by form, not listed once.
 * See docs/security-notes/files-and-git.md.
 */

/** One key as `git config --list` prints it: section and key lower-case, a subsection as written. */
interface KeyParts {
  readonly section: string;
  readonly sub: string | undefined;
  readonly key: string;
}

function splitKey(name: string): KeyParts | undefined {
  const first = name.indexOf(".");
  const last = name.lastIndexOf(".");
  if (first <= 0 || last === name.length - 1) return undefined;
  return {
    section: name.slice(0, first).toLowerCase(),
    sub: first === last ? undefined : name.slice(first + 1, last),
    key: name.slice(last + 1).toLowerCase(),
  };
}

/**
 * Values that run nothing. An empty command disables filters, diff and merge
 * drivers, hooks of the credential and askpass kind; ":" is git's own "no
 * editor"; "none" switches the git:// proxy off; upload/receive-pack fall
 * back to git's own programs.
 */
const NEUTRAL_BY_SECTION: Readonly<Record<string, (parts: KeyParts) => string | undefined>> = {
  filter: ({ sub, key }) =>
    sub !== undefined && (key === "clean" || key === "smudge" || key === "process") ? "" : undefined,
  diff: ({ sub, key }) =>
    (sub !== undefined && (key === "command" || key === "textconv")) ||
    (sub === undefined && key === "external")
      ? ""
      : undefined,
  merge: ({ sub, key }) => (sub !== undefined && key === "driver" ? "" : undefined),
  core: ({ sub, key }) => (sub === undefined ? CORE_NEUTRAL[key] : undefined),
  credential: ({ key }) => (key === "helper" ? "" : undefined),
  gpg: ({ key }) => (key === "program" ? "" : undefined),
  sequence: ({ sub, key }) => (sub === undefined && key === "editor" ? ":" : undefined),
  uploadpack: ({ key }) => (key === "packobjectshook" ? "" : undefined),
  remote: ({ sub, key }) =>
    sub === undefined
      ? undefined
      : key === "uploadpack"
        ? "git-upload-pack"
        : key === "receivepack"
          ? "git-receive-pack"
          : undefined,
  // A pager only starts on a terminal, but `pager.<command>` can name one; false means "no pager".
  pager: ({ sub }) => (sub === undefined ? "false" : undefined),
  difftool: ({ sub, key }) => (sub !== undefined && key === "cmd" ? "" : undefined),
  mergetool: ({ sub, key }) => (sub !== undefined && key === "cmd" ? "" : undefined),
  trailer: ({ sub, key }) => (sub !== undefined && (key === "command" || key === "cmd") ? "" : undefined),
  submodule: ({ sub, key }) => (sub !== undefined && key === "update" ? "none" : undefined),
};

const CORE_NEUTRAL: Readonly<Record<string, string>> = {
  fsmonitor: "false",
  hookspath: "/dev/null",
  sshcommand: "ssh -o BatchMode=yes",
  editor: ":",
  pager: "",
  askpass: "",
  gitproxy: "none",
  alternaterefscommand: "",
};

/**
 * The value that neutralises `name` if it names a program, else undefined.
 * The protocol keys are not here: `protocol.ext.allow` and `protocol.fd.allow`
 * are denied on every command whatever the repository says.
 */
export function neutralValue(name: string): string | undefined {
  const parts = splitKey(name);
  if (parts === undefined) return undefined;
  return NEUTRAL_BY_SECTION[parts.section]?.(parts);
}

/**
 * The overrides for a list of key names found in a repository's own
 * configuration: each program key set to its neutral value, and every filter
 * driver mentioned made optional, because a `required` filter with its
 * commands blanked would make git refuse to read the file at all.
 */
export function programKeyOverrides(names: readonly string[]): [string, string][] {
  const overrides = new Map<string, string>();
  for (const name of names) {
    const value = neutralValue(name);
    if (value !== undefined) overrides.set(name, value);
    const parts = splitKey(name);
    if (parts?.section === "filter" && parts.sub !== undefined) {
      overrides.set(`filter.${parts.sub}.required`, "false");
    }
  }
  return [...overrides];
}
