import type { Language } from "../../../core/language.js";

/** Files the text-level secret rules read: configuration, scripts and prose. */
export const TEXT_LANGUAGES: readonly Language[] = [
  "dotenv",
  "yaml",
  "json",
  "toml",
  "ini",
  "shell",
  "text",
  "markdown",
];
