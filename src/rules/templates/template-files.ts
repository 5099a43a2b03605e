import type { SourceFile } from "../../core/source-file.js";
import { MAX_TEMPLATE_CHARS, type TemplateSource } from "./raw-outputs.js";

/** Past this much template text in one review, the rest is not handed to the rules (each worker batch carries it). */
const MAX_TOTAL_CHARS = 16 * 1024 * 1024;

/** Folders where `.html` files are server-side templates (Flask, FastAPI, Django; Express views), not static pages. */
const TEMPLATE_FOLDERS = new Set(["templates", "views"]);

/** The templates handed to the rules, and those left out with the reason, for the review's notices. */
export interface TemplateSet {
  readonly sources: TemplateSource[];
  readonly leftOut: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * The repository's server-side templates among the review's files, as data
 * for the rules: files discovery named `template` (.ejs, .hbs, .pug, .njk,
 * .jinja, ...) and `.html` files in a templates/ or views/ folder. Discovery
 * has already capped their size and left out files that are not valid UTF-8
 * (each a skipped file with its reason); a template past the readers' cap,
 * or past the review's total, is listed in `leftOut`, so the review can say
 * which views were judged without their template.
 */
export function templateSourcesOf(files: readonly SourceFile[]): TemplateSet {
  const sources: TemplateSource[] = [];
  const leftOut: { path: string; reason: string }[] = [];
  let total = 0;
  for (const file of files) {
    if (!isTemplate(file)) continue;
    if (file.text.length > MAX_TEMPLATE_CHARS) {
      leftOut.push({ path: file.path, reason: `over ${MAX_TEMPLATE_CHARS / 1024} KB` });
    } else if (total + file.text.length > MAX_TOTAL_CHARS) {
      leftOut.push({
        path: file.path,
        reason: `past ${MAX_TOTAL_CHARS / (1024 * 1024)} MB of templates in one review`,
      });
    } else {
      total += file.text.length;
      sources.push({ path: file.path, text: file.text });
    }
  }
  return { sources, leftOut };
}

function isTemplate(file: Pick<SourceFile, "path" | "language">): boolean {
  if (file.language === "template") return true;
  if (file.language !== "html") return false;
  return file.path
    .split("/")
    .slice(0, -1)
    .some((segment) => TEMPLATE_FOLDERS.has(segment));
}
