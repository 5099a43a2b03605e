import { TEMPLATE_EXTENSIONS, type TemplateSource } from "./raw-outputs.js";

/** Where a framework looks for the template a view names. */
export interface TemplateLookup {
  /**
   * Folders the code names (`app.set("views", ...)`, `root: path.join(__dirname, "views")`,
   * `Jinja2Templates(directory="templates")`) and the framework's conventional one
   * (`views` for Express, Koa and Fastify; `templates` for Flask, FastAPI and Django).
   */
  readonly folders: readonly string[];
  /** Extensions tried, in order, for a name written without one (`res.render("thread")`). */
  readonly extensions: readonly string[];
}

/**
 * The template a view names, among the repository's templates: `name` (with
 * an extension tried when it has none) inside one of the lookup's folders,
 * wherever that folder is in the repository; of several, the one nearest the
 * code. Undefined when no template matches: a page that cannot be found is
 * never judged.
 */
export function findTemplate(
  templates: readonly TemplateSource[],
  fromPath: string,
  name: string,
  lookup: TemplateLookup,
): TemplateSource | undefined {
  const bare = name.replace(/^\.?\/+/, "");
  if (bare === "" || bare.split("/").includes("..")) return undefined;
  const dot = bare.lastIndexOf(".");
  const written = dot > bare.lastIndexOf("/") ? bare.slice(dot + 1).toLowerCase() : "";
  const names = TEMPLATE_EXTENSIONS.includes(written)
    ? [bare]
    : [...lookup.extensions, ...TEMPLATE_EXTENSIONS].map((ext) => `${bare}.${ext.replace(/^\./, "")}`);
  const folders = [
    ...new Set(lookup.folders.map((f) => f.replace(/^\.?\/+/, "").replace(/(?<!\/)\/+$/, ""))),
  ];
  let best: TemplateSource | undefined;
  let bestScore = -1;
  for (const candidate of names) {
    for (const template of templates) {
      const inFolder = folders.some(
        (f) =>
          template.path === (f === "" ? candidate : `${f}/${candidate}`) ||
          template.path.endsWith(`/${f === "" ? "" : `${f}/`}${candidate}`),
      );
      if (!inFolder) continue;
      const score = sharedFolders(template.path, fromPath);
      if (score > bestScore) {
        best = template;
        bestScore = score;
      }
    }
    // The first extension that names a template wins, as the engines look them up.
    if (best !== undefined) return best;
  }
  return undefined;
}

/** How many leading folders two paths share. */
function sharedFolders(a: string, b: string): number {
  const x = a.split("/").slice(0, -1);
  const y = b.split("/").slice(0, -1);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The folder a string names, as a path inside the repository: the segments
 * after the last `..` or absolute root (`path.join(__dirname, "views")` gives
 * its literal "views", `__dirname + "/templates"` gives "templates").
 */
export function folderOf(literal: string): string {
  const segments = literal.split("/").filter((s) => s !== "" && s !== ".");
  const up = segments.lastIndexOf("..");
  return segments.slice(up + 1).join("/");
}
