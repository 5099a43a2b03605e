/** Fence info strings by file extension: ours, fixed, never taken from file text. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  py: "python",
  pyi: "python",
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "jsx",
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "tsx",
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  toml: "toml",
  ini: "ini",
  sh: "bash",
  bash: "bash",
  md: "markdown",
  html: "html",
  htm: "html",
  env: "dotenv",
};

export function codeLanguageOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name.startsWith(".env")) return "dotenv";
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return "";
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? "";
}
