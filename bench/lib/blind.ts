/**
 * The blind corpus (bench/blind/BRIEF.md): cases written by people who never
 * read the rules, one folder per case with a `vuln/` and a `safe/` version of
 * a small multi-file application. This file turns the paths and texts of a
 * batch into cases; reading the disk is left to `readBlindBatch`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { glob } from "tinyglobby";
import type { Language } from "../../src/core/language.js";
import { classOfCwe, classOfFolder } from "./classes.js";
import type { CaseKind } from "./corpus.js";
import { parseLabels, withoutLabels, type BenchLanguage, type Label } from "./labels.js";

/** `<writer>/<language>/<cwe number>/<slug>/<vuln|safe>/<file…>` inside a batch. */
export interface BlindPathInfo {
  readonly path: string;
  readonly writer: string;
  readonly language: BenchLanguage;
  readonly classCwe: string;
  readonly slug: string;
  /** `<writer>/<language>/<cwe>/<slug>`: the case both versions belong to. */
  readonly caseId: string;
  readonly kind: CaseKind;
}

export interface BlindFile extends BlindPathInfo {
  /** What the review would call the file; undefined when it is not reviewable. */
  readonly reviewLanguage: Language | undefined;
  readonly text: string;
  /** The text the rules review: label comments cut off, lines unchanged (labels.ts). */
  readonly reviewText: string;
  readonly labels: readonly Label[];
}

export interface BlindCase {
  readonly id: string;
  readonly writer: string;
  readonly language: BenchLanguage;
  readonly classCwe: string;
  readonly framework: string | undefined;
  readonly vuln: readonly BlindFile[];
  readonly safe: readonly BlindFile[];
}

export interface BlindBatch {
  readonly name: string;
  readonly cases: readonly BlindCase[];
  /** Misplaced files, malformed labels, cases without a twin: printed, never skipped silently. */
  readonly problems: readonly string[];
}

/** A file of a batch as read from disk, path relative to the batch folder. */
export interface BatchEntry {
  readonly path: string;
  readonly text: string;
}

type Detect = (path: string, firstLine: string) => Language | undefined;

const CASE_FILE = "case.json";
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Only these carry labels (the brief: code files, never templates). */
const LABELLED = /\.(py|js|jsx|mjs|cjs|ts|tsx)$/;

/** A case's case.json or a writer's NOTES.md: part of the batch, not of a case version. */
export interface BlindAside {
  readonly aside: "case" | "note";
}

/** Where a batch file sits, or (a string) why it does not fit. */
export function describeBlindPath(path: string): BlindPathInfo | BlindAside | string {
  const parts = path.split("/");
  if (parts.length === 2 && parts[1] === "NOTES.md") return { aside: "note" };
  const [writer, language, folder, slug, kind] = parts;
  if (parts.length === 5 && kind === CASE_FILE) return { aside: "case" };
  if (parts.length < 6 || writer === undefined || folder === undefined || slug === undefined) {
    return `${path}: expected <writer>/<python|js>/<cwe>/<slug>/<vuln|safe>/<file>`;
  }
  if (language !== "python" && language !== "js") return `${path}: unknown language folder "${language}"`;
  const classCwe = classOfFolder(folder);
  if (classCwe === undefined) return `${path}: "${folder}" is not one of the corpus CWE classes`;
  if (!SLUG.test(slug)) return `${path}: case slug "${slug}" is not lowercase-with-dashes`;
  if (kind !== "vuln" && kind !== "safe") return `${path}: expected a vuln/ or safe/ folder, not "${kind}"`;
  return { path, writer, language, classCwe, slug, caseId: parts.slice(0, 4).join("/"), kind };
}

interface Draft {
  writer: string;
  language: BenchLanguage;
  classCwe: string;
  framework?: string;
  hasMeta: boolean;
  vuln: BlindFile[];
  safe: BlindFile[];
}

/** Groups a batch's files into cases and checks each against the brief. Pure. */
export function assembleBatch(name: string, entries: readonly BatchEntry[], detect: Detect): BlindBatch {
  const drafts = new Map<string, Draft>();
  const problems: string[] = [];
  const metas = new Map<string, string>();
  for (const entry of entries) {
    const info = describeBlindPath(entry.path);
    if (typeof info === "string") {
      problems.push(info);
      continue;
    }
    if ("aside" in info) {
      if (info.aside === "case") metas.set(entry.path.slice(0, -CASE_FILE.length - 1), entry.text);
      continue;
    }
    const labelled = LABELLED.test(info.path);
    const parsed = labelled
      ? parseLabels(entry.text, info.language, info.path)
      : { labels: [], problems: [] };
    problems.push(...parsed.problems);
    const reviewLanguage = detect(info.path, entry.text.split("\n", 1)[0] ?? "");
    const draft = drafts.get(info.caseId) ?? {
      writer: info.writer,
      language: info.language,
      classCwe: info.classCwe,
      hasMeta: false,
      vuln: [],
      safe: [],
    };
    drafts.set(info.caseId, draft);
    draft[info.kind].push({
      ...info,
      reviewLanguage,
      text: entry.text,
      reviewText: labelled ? withoutLabels(entry.text, info.language) : entry.text,
      labels: parsed.labels,
    });
  }
  for (const [id, text] of metas) {
    const draft = drafts.get(id);
    if (draft === undefined) {
      problems.push(`${id}/${CASE_FILE}: a case with no vuln/ or safe/ files`);
      continue;
    }
    draft.hasMeta = true;
    const meta = readMeta(text);
    if (typeof meta === "string") problems.push(`${id}/${CASE_FILE}: ${meta}`);
    else {
      if (meta.class !== undefined && meta.class !== draft.classCwe) {
        problems.push(`${id}/${CASE_FILE}: class ${meta.class} but the folder says ${draft.classCwe}`);
      }
      if (meta.framework !== undefined) draft.framework = meta.framework;
    }
  }
  const cases: BlindCase[] = [];
  for (const [id, d] of [...drafts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    problems.push(...caseProblems(id, d));
    cases.push({
      id,
      writer: d.writer,
      language: d.language,
      classCwe: d.classCwe,
      framework: d.framework,
      vuln: d.vuln,
      safe: d.safe,
    });
  }
  return { name, cases, problems };
}

function caseProblems(id: string, d: Draft): string[] {
  const out: string[] = [];
  if (!d.hasMeta) out.push(`${id}: no ${CASE_FILE}`);
  if (d.vuln.length === 0) out.push(`${id}: no vuln/ version`);
  if (d.safe.length === 0) out.push(`${id}: no safe/ twin`);
  const labels = d.vuln.flatMap((f) => f.labels);
  if (d.vuln.length > 0 && labels.length === 0) out.push(`${id}: vuln/ has no cg-expect label`);
  if (!labels.some((l) => classOfCwe(l.cwe) === d.classCwe) && labels.length > 0) {
    out.push(`${id}: no label of the case's class ${d.classCwe}`);
  }
  for (const f of d.safe) {
    for (const l of f.labels) out.push(`${l.file}:${l.line}: a label in a safe/ twin`);
  }
  return out;
}

interface CaseMeta {
  readonly class: string | undefined;
  readonly framework: string | undefined;
}

function readMeta(text: string): CaseMeta | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "expected a JSON object";
  const record = value as Record<string, unknown>;
  const field = (key: string): string | undefined => {
    const v = record[key];
    return typeof v === "string" ? v : undefined;
  };
  return { class: field("class"), framework: field("framework") };
}

/** `batch1`, `batch2`, … under the blind folder, in number order. */
export function batchNames(folders: readonly string[]): string[] {
  return folders.filter((f) => /^batch\d+$/.test(f)).sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
}

/** Reads one batch folder; file paths in the result are relative to it. */
export async function readBlindBatch(root: string, name: string, detect: Detect): Promise<BlindBatch> {
  const folder = join(root, name);
  const paths = (await glob("**/*", { cwd: folder, onlyFiles: true, dot: false })).sort();
  const entries = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(folder, path), "utf8") })),
  );
  const batch = assembleBatch(name, entries, detect);
  if (batch.cases.length === 0) throw new Error(`no blind cases under ${folder}`);
  return batch;
}
