import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob } from "tinyglobby";
import type { CodeLanguage } from "../../src/core/language.js";
import { classOfFolder } from "./classes.js";
import { parseLabels, type BenchLanguage, type Label } from "./labels.js";

export type CaseKind = "vuln" | "safe";

/** Where a corpus file sits says what it is: `<language>/<cwe number>/<case>.<vuln|safe>.<ext>`. */
export interface CorpusPathInfo {
  readonly path: string;
  readonly language: BenchLanguage;
  readonly codeLanguage: CodeLanguage;
  /** The class the case belongs to, "CWE-89". */
  readonly classCwe: string;
  readonly caseName: string;
  readonly kind: CaseKind;
}

export interface CorpusFile extends CorpusPathInfo {
  readonly text: string;
  readonly labels: readonly Label[];
}

export interface Corpus {
  readonly files: readonly CorpusFile[];
  /** Misplaced files and malformed labels; a bench prints them rather than skip silently. */
  readonly problems: readonly string[];
}

const EXTENSIONS: Readonly<Record<BenchLanguage, Readonly<Record<string, CodeLanguage>>>> = {
  python: { py: "python" },
  js: { js: "javascript", mjs: "javascript", cjs: "javascript", ts: "typescript", tsx: "tsx" },
};

export function describeCorpusPath(path: string): CorpusPathInfo | string {
  const parts = path.split("/");
  if (parts.length !== 3) return `${path}: expected <language>/<cwe number>/<case>.<vuln|safe>.<ext>`;
  const [language, folder, name] = parts as [string, string, string];
  if (language !== "python" && language !== "js") return `${path}: unknown language folder "${language}"`;
  const classCwe = classOfFolder(folder);
  if (classCwe === undefined) return `${path}: "${folder}" is not one of the corpus CWE classes`;
  const match = /^([\w-]+)\.(vuln|safe)\.(\w+)$/.exec(name);
  if (!match) return `${path}: file name must be <case>.vuln.<ext> or <case>.safe.<ext>`;
  const [, caseName, kind, ext] = match as unknown as [string, string, CaseKind, string];
  const codeLanguage = EXTENSIONS[language][ext];
  if (codeLanguage === undefined) return `${path}: extension ".${ext}" does not belong under ${language}/`;
  return { path, language, codeLanguage, classCwe, caseName, kind };
}

/** Reads every file under the corpus root; paths in the result are root-relative POSIX. */
export async function readCorpus(root: string): Promise<Corpus> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`corpus folder not found: ${root}`);
  const paths = (await glob("**/*", { cwd: root, onlyFiles: true, dot: false })).sort();
  const files: CorpusFile[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const info = describeCorpusPath(path);
    if (typeof info === "string") {
      problems.push(info);
      continue;
    }
    const text = await readFile(join(root, path), "utf8");
    const parsed = parseLabels(text, info.language, path);
    problems.push(...parsed.problems);
    files.push({ ...info, text, labels: parsed.labels });
  }
  if (files.length === 0) throw new Error(`no corpus files under ${root}`);
  return { files, problems };
}
