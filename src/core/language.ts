/**
 * Languages discovery can name. Only some have analysers; the rest are still
 * scanned by text-level checks (secrets in config files, for example).
 */
export const LANGUAGES = [
  "python",
  "javascript",
  "typescript",
  "tsx",
  "json",
  "yaml",
  "toml",
  "dotenv",
  "ini",
  "shell",
  "markdown",
  "html",
  /** Server-side templates (EJS, Handlebars, Pug, Nunjucks, Mustache, Jinja, Django): read by the rules as data. */
  "template",
  "text",
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages parsed into syntax trees by the built-in rule engine. */
export const CODE_LANGUAGES = ["python", "javascript", "typescript", "tsx"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** JavaScript-family languages share rules: JSX is parsed as javascript, TSX as tsx. */
export const JS_FAMILY: readonly CodeLanguage[] = ["javascript", "typescript", "tsx"];

export function isCodeLanguage(language: Language): language is CodeLanguage {
  return (CODE_LANGUAGES as readonly string[]).includes(language);
}
