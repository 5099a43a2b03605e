import type { Language } from "../core/language.js";

const BY_EXTENSION: Readonly<Record<string, Language>> = {
  ".py": "python",
  ".pyi": "python",
  ".pyw": "python",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".json": "json",
  ".jsonc": "json",
  ".yml": "yaml",
  ".yaml": "yaml",
  ".toml": "toml",
  ".env": "dotenv",
  ".ini": "ini",
  ".cfg": "ini",
  ".sh": "shell",
  ".bash": "shell",
  ".zsh": "shell",
  ".ksh": "shell",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  // Server-side templates: the XSS rules read which variables they print raw (src/rules/templates/).
  ".ejs": "template",
  ".hbs": "template",
  ".handlebars": "template",
  ".pug": "template",
  ".jade": "template",
  ".njk": "template",
  ".mustache": "template",
  ".jinja": "template",
  ".jinja2": "template",
  ".j2": "template",
  ".djhtml": "template",
};

/** Dotfiles whose whole name says what they are (they have no extension). */
const BY_NAME: Readonly<Record<string, Language>> = {
  ".env": "dotenv",
  ".envrc": "shell",
  ".bashrc": "shell",
  ".bash_profile": "shell",
  ".zshrc": "shell",
  ".profile": "shell",
};

const SHELLS = new Set(["sh", "bash", "dash", "zsh", "ksh", "ash"]);

/**
 * The language of a file from its name, or for a file without an extension
 * from its shebang line. Undefined means the file is not reviewable.
 *
 * @param path a path or bare file name; only the last segment is used
 * @param firstLine the file's first line (may be empty when unknown)
 */
export function detectLanguage(path: string, firstLine: string): Language | undefined {
  const name = baseName(path).toLowerCase();
  const byName = BY_NAME[name];
  if (byName !== undefined) return byName;
  // `.env.local`, `.env.production`: the variant comes after the dot.
  if (name.startsWith(".env.")) return "dotenv";
  const dot = name.lastIndexOf(".");
  if (dot > 0) return BY_EXTENSION[name.slice(dot)];
  // A leading-dot name such as `.gitignore` is not an extension either.
  return dot === -1 ? languageFromShebang(firstLine) : undefined;
}

/** `#!/usr/bin/env -S python3 -u` → python; `#!/bin/bash` → shell. */
export function languageFromShebang(firstLine: string): Language | undefined {
  if (!firstLine.startsWith("#!")) return undefined;
  const words = firstLine.slice(2).trim().split(/\s+/);
  let program = baseName(words[0] ?? "");
  if (program === "env") {
    // env's own options and VAR=value assignments come before the program.
    const next = words.slice(1).find((word) => !word.startsWith("-") && !word.includes("="));
    program = baseName(next ?? "");
  }
  if (/^python(\d+(\.\d+)*)?$/.test(program)) return "python";
  if (program === "node" || program === "nodejs") return "javascript";
  if (program === "ts-node" || program === "tsx") return "typescript";
  if (SHELLS.has(program)) return "shell";
  return undefined;
}

function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1);
}
