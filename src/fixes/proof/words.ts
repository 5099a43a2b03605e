/**
 * Names that lead to code execution, a shell or an object deserialiser. A
 * fix that writes one of them as a plain string, or builds one from pieces,
 * is reaching for a dangerous function by a route no pattern follows.
 */
const PLAIN = [
  "eval",
  "execsync",
  "child_process",
  "node:child_process",
  "vm",
  "node:vm",
  "__import__",
  "builtins",
  "__builtins__",
  "__builtin__",
  "unsafe_load",
  "full_load",
  "runinthiscontext",
  "runinnewcontext",
  "runincontext",
  "compilefunction",
  "node_tls_reject_unauthorized",
  "pythonhttpsverify",
  "dill",
  "marshal",
  "shelve",
  "cloudpickle",
  "jsonpickle",
  "importlib",
  "execfile",
  "getoutput",
  "getstatusoutput",
];

const BUILT = [
  ...PLAIN,
  "function",
  "constructor",
  "exec",
  "compile",
  "os",
  "subprocess",
  "system",
  "popen",
  "spawn",
  "spawnsync",
  "execfile",
  "execfilesync",
  "process",
  "require",
  "pickle",
  "yaml",
  "loader",
  "unsafeloader",
  "fullloader",
  "load",
  "loads",
  "globalthis",
  "window",
  "mainmodule",
  "sys",
  "modules",
  "globals",
  "pty",
  "ctypes",
];

const PLAIN_SET = new Set(PLAIN);
const BUILT_SET = new Set(BUILT);

/**
 * A dangerous name written as a plain literal. Exact spelling (bar case):
 * `typeof f === "function"` and `key === "constructor"` are ordinary code.
 */
export function dangerousLiteral(value: string): string | undefined {
  const v = value.trim();
  return PLAIN_SET.has(v.toLowerCase()) || v === "Function" ? v : undefined;
}

/** A dangerous name built from pieces: nobody spells an ordinary word as `"ev" + "al"`. */
export function dangerousBuilt(value: string): string | undefined {
  const v = value.trim();
  return BUILT_SET.has(v.toLowerCase()) ? v : undefined;
}

const SHELLS =
  /^(?:.*\/)?(?:sh|bash|zsh|dash|ksh|csh|tcsh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/i;
const SHELL_FLAGS = new Set(["-c", "/c", "-command", "/k", "-lc", "-ic", "-ec"]);

/** An argument list that starts a shell on a string (`["sh", "-c", cmd]`): a shell by another door. */
export function shellByArguments(values: readonly (string | undefined)[]): boolean {
  return (
    values.some((v) => v !== undefined && SHELLS.test(v.trim())) &&
    values.some((v) => v !== undefined && SHELL_FLAGS.has(v.trim().toLowerCase()))
  );
}
