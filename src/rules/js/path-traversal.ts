import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, dottedPath, lastSegment } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf } from "./dataflow/flow.js";
import { namePattern } from "../shared/name-pattern.js";
import { enclosingFunction } from "./dataflow/async.js";
import type { SgNode } from "@ast-grep/napi";

const meta = {
  id: "js/path-traversal",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-22", "CWE-23", "CWE-73"],
  owasp: "A01:2021-Broken Access Control",
  title: "File path built from untrusted data",
  description:
    "A path passed to fs (readFile, writeFile, createReadStream, unlink, ...) or to res.sendFile/res.download comes from the request without being confined to a directory.",
  why: "Segments such as ../ or an absolute path let an attacker read or overwrite files outside the intended folder: configuration, keys, source code.",
  howToFix:
    "Reduce the name with path.basename(), or resolve it against a fixed root and refuse it unless it still starts with that root (path.resolve(ROOT, name).startsWith(ROOT + path.sep)); for Express use res.sendFile(name, { root: ROOT }).",
  references: [
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://expressjs.com/en/api.html#res.sendFile",
  ],
  fixable: false,
  family: "path-traversal",
  // Operator-only flows (docs/trust-levels.md): the operator naming which file the program reads or
  // writes (a CA bundle, a log folder, a CLI's input file) is configuration, not a path an attacker forged.
  operatorFlows: "ignore",
} as const;

const FS_METHODS =
  "readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|createReadStream|createWriteStream|unlink|unlinkSync|rm|rmSync|readdir|readdirSync|open|openSync|copyFile|copyFileSync|rename|renameSync|mkdir|mkdirSync|stat|statSync|access|accessSync";

/** `function name(`, `const name = (...) =>` or `= function`: a function of this file, not a library's. */
function definedInFile(text: string, name: string): boolean {
  const escaped = namePattern(name);
  return new RegExp(
    `\\bfunction\\*?\\s+${escaped}\\s*[<(]|\\b(?:const|let|var)\\s+${escaped}\\s*=\\s*(?:async\\s+)?(?:function\\b|\\(|[\\w$]+\\s*=>)`,
  ).test(text);
}

/** Calls that only look at a path (or make its folder) before the real read or write. */
const PROBES = /(^|\.)(access|accessSync|stat|statSync|lstat|lstatSync|mkdir|mkdirSync|existsSync)$/;

/**
 * `await access(file)` or `mkdir(path.dirname(target))` followed in the same
 * function by a read or write of that same path: one flaw, reported once at
 * the call that reads or writes the file.
 */
function probesBeforeUse(call: SgNode, calls: readonly SgNode[]): boolean {
  if (!PROBES.test(call.field("function")?.text() ?? "")) return false;
  const probed = callArguments(call)[0]
    ?.text()
    .replace(/^(?:path\.)?dirname\((.*)\)$/, "$1");
  if (probed === undefined) return false;
  const fn = enclosingFunction(call);
  const after = call.range().end.index;
  return calls.some(
    (other) =>
      other.range().start.index > after &&
      !PROBES.test(other.field("function")?.text() ?? "") &&
      callArguments(other)[0]?.text() === probed &&
      enclosingFunction(other)?.id() === fn?.id(),
  );
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/\bfs\b|fs\/promises|sendFile|download|fs-extra/.test(text)) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  const calls = findCalls(ctx, new RegExp(`(^|\\.)(${FS_METHODS}|sendFile|download)$`));
  for (const call of calls) {
    if (probesBeforeUse(call, calls)) continue;
    const callee = call.field("function");
    const path = callee ? dottedPath(callee) : undefined;
    if (path === undefined) continue;
    const name = lastSegment(path);
    const args = callArguments(call);
    const target = args[0];
    if (!target) continue;
    // download(url) written in this file is not Express's res.download: the engine follows it instead.
    if (!path.includes(".") && definedInFile(ctx.text, path)) continue;
    if (name === "sendFile" || name === "download") {
      // With a `root` option Express itself refuses paths that climb out of it.
      if (args.slice(1).some((a) => /\broot\s*:/.test(a.text()))) continue;
    } else if (path.includes(".") && !/^(fs|fsp|fse|fs\.promises|promises|fsPromises|fsExtra)\./.test(path)) {
      continue;
    }
    const values = /^(copyFile|rename)/.test(name) ? args.slice(0, 2) : [target];
    checkSinkValues(ctx, engine, meta, call, values, { kind: "path", sink: `${path}()` });
  }
});
