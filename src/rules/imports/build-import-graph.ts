import { posix } from "node:path";
import type { ImportGraph } from "../../core/import-graph.js";
import type { Language } from "../../core/language.js";
import { jsSpecifiers, pythonImports, type PythonImport } from "./import-specifiers.js";

/**
 * Which repository file imports which, for Python and JavaScript/TypeScript.
 * Pure: it sees only the paths and texts it is given, never the disk, so the
 * worker pool can build it where the texts already are. Imports of anything
 * not among the given files (the standard library, npm packages) are left out.
 */

export interface GraphFile {
  /** Repository-relative POSIX path. */
  readonly path: string;
  readonly language: Language;
  readonly text: string;
}

export type { ImportGraph };

export interface GraphOptions {
  /** Every path an import may resolve to (defaults to the files' paths): files never read can still be targets. */
  readonly known?: ReadonlySet<string>;
  /**
   * Directories whose packages are reached only by a path through them
   * (`from vendor.requests import x`): a package inside one is not a root, so
   * a bare `import requests`, which names an installed package as well, does
   * not count as importing it.
   */
  readonly opaqueDirs?: ReadonlySet<string>;
}

/**
 * What one file imports, as written: the part of the graph that reads the
 * text (the rules pool computes it in its workers, where the texts already
 * are); resolving it against the repository's paths is `resolveImportGraph`.
 */
export type FileImports =
  | { readonly kind: "python"; readonly imports: readonly PythonImport[] }
  | { readonly kind: "js"; readonly specifiers: readonly string[] }
  | { readonly kind: "none" }
  /**
   * Not read (its reader hit a limit): it may import anything, so it counts
   * as importing every known file, which errs towards reviewing more.
   */
  | { readonly kind: "unknown" };

export function readImports(file: Pick<GraphFile, "language" | "text">): FileImports {
  if (file.language === "python") return { kind: "python", imports: pythonImports(file.text) };
  if (isJsFamily(file.language)) return { kind: "js", specifiers: jsSpecifiers(file.text) };
  return { kind: "none" };
}

export function buildImportGraph(files: readonly GraphFile[], options: GraphOptions = {}): ImportGraph {
  return resolveImportGraph(
    files.map((file) => ({ path: file.path, imports: readImports(file) })),
    options,
  );
}

/** The graph from each file's imports as read by `readImports`: paths only, no text. */
export function resolveImportGraph(
  files: readonly { readonly path: string; readonly imports: FileImports }[],
  options: GraphOptions = {},
): ImportGraph {
  const paths = options.known ?? new Set(files.map((f) => f.path));
  const opaque = [...(options.opaqueDirs ?? [])];
  const roots = pythonRoots(paths).filter(
    (root) => !opaque.some((d) => root === d || root.startsWith(`${d}/`)),
  );
  const imports = new Map<string, Set<string>>();
  const importers = new Map<string, Set<string>>();
  for (const { path, imports: read } of files) {
    const targets =
      read.kind === "python"
        ? read.imports.flatMap((spec) => resolvePython(path, spec, roots, paths))
        : read.kind === "js"
          ? read.specifiers.flatMap((spec) => resolveJs(path, spec, paths))
          : read.kind === "unknown"
            ? [...paths]
            : [];
    for (const target of targets) {
      if (target === path) continue;
      addEdge(imports, path, target);
      addEdge(importers, target, path);
    }
  }
  return { imports, importers };
}

/**
 * The reviewed file a JavaScript/TypeScript module specifier names, by the
 * graph's own resolution: for data flow across files (src/rules/xfile/).
 */
export function resolveJsModule(
  importer: string,
  specifier: string,
  paths: ReadonlySet<string>,
): string | undefined {
  return resolveJs(importer, specifier, paths)[0];
}

/**
 * The reviewed file a Python module (`.db`, `..models`, `app.db`) names, by
 * the graph's own resolution; `roots` from {@link pythonRoots}.
 */
export function resolvePythonModule(
  importer: string,
  specifier: string,
  roots: readonly string[],
  paths: ReadonlySet<string>,
): string | undefined {
  const level = /^\.*/.exec(specifier)?.[0].length ?? 0;
  const module = specifier.slice(level);
  const found = resolvePython(importer, { level, module, names: [] }, roots, paths);
  return found.find((p) => module !== "" || p.endsWith("__init__.py"));
}

/** True when a file outside `inside` imports a file inside it. */
export function importedFromOutside(graph: ImportGraph, inside: (path: string) => boolean): boolean {
  for (const [target, from] of graph.importers) {
    if (!inside(target)) continue;
    for (const importer of from) if (!inside(importer)) return true;
  }
  return false;
}

function addEdge(map: Map<string, Set<string>>, from: string, to: string): void {
  const set = map.get(from);
  if (set === undefined) map.set(from, new Set([to]));
  else set.add(to);
}

function isJsFamily(language: Language): boolean {
  return language === "javascript" || language === "typescript" || language === "tsx";
}

const dirOf = (path: string): string => {
  const dir = posix.dirname(path);
  return dir === "." ? "" : dir;
};
const joinPath = (...parts: string[]): string => {
  const joined = posix.normalize(parts.filter((p) => p !== "").join("/"));
  return joined === "." ? "" : joined;
};

/**
 * Directories Python would have on its path for this repository: the root,
 * `src/`, and every directory holding a top-level package (a directory with
 * `__init__.py` whose parent has none).
 */
export function pythonRoots(paths: ReadonlySet<string>): string[] {
  const packages = new Set<string>();
  for (const path of paths)
    if (path === "__init__.py" || path.endsWith("/__init__.py")) packages.add(dirOf(path));
  const roots = new Set<string>(["", "src"]);
  for (const pkg of packages) {
    const parent = dirOf(pkg);
    if (pkg !== "" && !packages.has(parent)) roots.add(parent);
  }
  return [...roots];
}

/** `a/b` → the module file or the package's `__init__`, whichever exists. */
function pythonModule(base: string, paths: ReadonlySet<string>): string[] {
  const candidates = [
    `${base}.py`,
    `${base}.pyi`,
    joinPath(base, "__init__.py"),
    joinPath(base, "__init__.pyi"),
  ];
  return candidates.filter((c) => base !== "" && paths.has(c));
}

function resolvePython(
  importer: string,
  spec: PythonImport,
  roots: readonly string[],
  paths: ReadonlySet<string>,
): string[] {
  const modulePath = spec.module.replace(/\./g, "/");
  let bases: string[];
  if (spec.level > 0) {
    let dir = dirOf(importer);
    for (let up = 1; up < spec.level; up++) dir = dirOf(dir);
    bases = [joinPath(dir, modulePath)];
  } else {
    // The importing script's own directory is on the path when it runs as a script.
    bases = [dirOf(importer), ...roots].map((root) => joinPath(root, modulePath));
  }
  const found: string[] = [];
  for (const base of bases) {
    if (base.startsWith("../")) continue;
    found.push(...pythonModule(base, paths));
    if (spec.level > 0 && spec.module === "")
      found.push(...[joinPath(base, "__init__.py")].filter((p) => paths.has(p)));
    // `from pkg import mod` may name a submodule rather than an attribute.
    for (const name of spec.names) found.push(...pythonModule(joinPath(base, name), paths));
  }
  return found;
}

const JS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** TypeScript's ESM style imports `./x.js` for the source file `./x.ts`. */
const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};

function resolveJs(importer: string, specifier: string, paths: ReadonlySet<string>): string[] {
  const relative = specifier === "." || specifier === ".." || /^\.\.?\//.test(specifier);
  // A bare specifier may be package-local through a `baseUrl` of the root or `src/`; npm packages resolve to nothing here.
  // `@/lib/db`, `~/lib/db`: the root alias of Next.js and Nuxt projects (tsconfig `paths`), the root or `src/`.
  const aliased = /^[@~]\//.test(specifier) ? specifier.slice(2) : undefined;
  const bases = relative
    ? [joinPath(dirOf(importer), specifier)]
    : aliased !== undefined
      ? [joinPath(aliased), joinPath("src", aliased)]
      : specifier.startsWith("/") || specifier.includes(":")
        ? []
        : [joinPath(specifier), joinPath("src", specifier)];
  for (const base of bases) {
    if (base.startsWith("../")) continue;
    const hit = firstExisting(jsCandidates(base), paths);
    if (hit !== undefined) return [hit];
  }
  return [];
}

function jsCandidates(base: string): string[] {
  const out = [base];
  const ext = posix.extname(base);
  const swaps = TS_FOR_JS[ext];
  if (swaps !== undefined) out.push(...swaps.map((s) => base.slice(0, -ext.length) + s));
  out.push(...JS_EXTENSIONS.map((e) => base + e));
  out.push(...JS_EXTENSIONS.map((e) => joinPath(base, `index${e}`)));
  return out;
}

function firstExisting(candidates: readonly string[], paths: ReadonlySet<string>): string | undefined {
  return candidates.find((c) => c !== "" && paths.has(c));
}
