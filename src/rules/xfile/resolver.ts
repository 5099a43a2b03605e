import { pythonRoots, resolveJsModule, resolvePythonModule } from "../imports/build-import-graph.js";
import type { ModuleResolver } from "./link.js";

/** Resolves modules among the review's files as the import graph does (src/rules/imports/build-import-graph.ts). */
export function reviewResolver(paths: Iterable<string>): ModuleResolver {
  const known = new Set(paths);
  const memo = new Map<string, string | undefined>();
  let roots: string[] | undefined;
  return (importer, specifier, family) => {
    const key = `${family}\u0000${importer}\u0000${specifier}`;
    if (memo.has(key)) return memo.get(key);
    let found: string | undefined;
    if (family === "js") found = resolveJsModule(importer, specifier, known);
    else {
      roots ??= pythonRoots(known);
      found = resolvePythonModule(importer, specifier, roots, known);
    }
    memo.set(key, found);
    return found;
  };
}
