import type { SourceFile } from "../../core/source-file.js";
import { MAX_TEMPLATE_CHARS, type TemplateSource } from "./raw-outputs.js";

/** Past this much template text in one review, the rest is not handed to the rules (each worker batch carries it). */
const MAX_TOTAL_CHARS = 16 * 1024 * 1024;

/** Folders where `.html` files are server-side templates (Flask, FastAPI, Django; Express views), not static pages. */
const TEMPLATE_FOLDERS = new Set(["templates", "views"]);

/**
 * The repository's server-side templates among the review's files, as data
 * for the rules: files discovery named `template` (.ejs, .hbs, .pug, .njk,
 * .jinja, ...) and `.html` files in a templates/ or views/ folder. Discovery
 * has already capped their size and left out files that are not valid UTF-8
 * (each a skipped file with its reason); a template past the readers' cap is
 * left out here too.
 */
export function templateSourcesOf(files: readonly SourceFile[]): TemplateSource[] {
  const out: TemplateSource[] = [];
  let total = 0;
  for (const file of files) {
    if (!isTemplate(file) || file.text.length > MAX_TEMPLATE_CHARS) continue;
    if (total + file.text.length > MAX_TOTAL_CHARS) break;
    total += file.text.length;
    out.push({ path: file.path, text: file.text });
  }
  return out;
}

function isTemplate(file: Pick<SourceFile, "path" | "language">): boolean {
  if (file.language === "template") return true;
  if (file.language !== "html") return false;
  return file.path
    .split("/")
    .slice(0, -1)
    .some((segment) => TEMPLATE_FOLDERS.has(segment));
}
