import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, declaredValue, dottedPath, lastSegment, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf, isDead } from "./dataflow/flow.js";

const meta = {
  id: "js/insecure-deserialization",
  languages: JS_FAMILY,
  category: "security",
  severity: "critical",
  confidence: 0.85,
  cwe: ["CWE-502"],
  owasp: "A08:2021-Software and Data Integrity Failures",
  title: "Deserialization that can run code",
  description:
    "node-serialize's unserialize, cryo/funcster parsing, js-yaml's load with a full (JavaScript-typed) schema or unsafeLoad are used, on untrusted data or with an unsafe configuration.",
  why: "These formats can encode functions: node-serialize runs any `_$$ND_FUNC$$_` function expression it finds, and js-yaml's full schema builds !!js/function values, so a crafted payload executes code on the server.",
  howToFix:
    "Use JSON.parse for data, yaml.load with the default (safe) schema in js-yaml 4, and never deserialize functions from input. Validate the parsed data with a schema.",
  references: [
    "https://cwe.mitre.org/data/definitions/502.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://github.com/nodeca/js-yaml/blob/master/migrate_v3_to_v4.md",
  ],
  fixable: false,
  family: "insecure-deserialization",
  operatorFlows: "note",
} as const;

function isLiteral(node: SgNode): boolean {
  const kind = node.kind();
  return kind === "string" || kind === "object" || kind === "array" || kind === "number";
}

/**
 * js-yaml schemas extended with the js-yaml-js-types package's `all` or
 * `function` type (`DEFAULT_SCHEMA.extend(jsTypes.all)`): they bring back
 * `!!js/function`, which builds functions from the document as js-yaml 3's
 * full schema did. Only `regexp` or `undefined` added is harmless.
 */
function schemasWithFunctions(root: SgNode, text: string): ReadonlySet<string> {
  if (!/js-yaml-js-types/.test(text)) return new Set();
  return new Set(
    root
      .findAll({ rule: { kind: "variable_declarator", has: { field: "value", regex: "\\.extend\\(" } } })
      .filter((d) => addsFunctions(d.field("value")?.text() ?? ""))
      .map((d) => d.field("name")?.text() ?? ""),
  );
}

/** `X.extend(jsTypes.all)`, `X.extend([fn.function])`: what the first extend call adds names `all` or `function`. */
function addsFunctions(value: string): boolean {
  const start = value.indexOf(".extend(");
  if (start < 0) return false;
  const end = value.indexOf(")", start);
  return /\.(?:all|function)\b/.test(value.slice(start + 8, end < 0 ? undefined : end));
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (
    !root ||
    !/unserialize|cryo|funcster|FULL_SCHEMA|unsafeLoad|js\/function|js-yaml-js-types|evalFunctions/.test(text)
  )
    return;
  const unsafeSchemas = schemasWithFunctions(root, text);
  const engine = flowOf(ctx);
  if (!engine) return;
  for (const call of findCalls(
    ctx,
    /(^|\.)(unserialize|deepDeserialize|unsafeLoad|load|loadAll|parse|deserialize)$/,
  )) {
    const path = dottedPath(call.field("function") ?? call) ?? "";
    const name = lastSegment(path);
    const args = callArguments(call);
    const data = args[0];
    if (!data || isDead(call)) continue;
    if (name === "load" || name === "loadAll") {
      // js-yaml: only the full schema (or a schema with JavaScript types) can build functions.
      const names = (a: SgNode): string[] => a.text().split(/[^\w$]+/);
      if (
        args
          .slice(1)
          .some(
            (a) => /FULL_SCHEMA|js\/function/.test(a.text()) || names(a).some((n) => unsafeSchemas.has(n)),
          )
      ) {
        ctx.report({
          node: call,
          message: `${path}() with a schema that includes JavaScript types can build functions from the document. ${meta.why}`,
        });
      }
      continue;
    }
    if (name === "deserialize") {
      // bson: `evalFunctions: true` turns each stored Code value into a function with eval.
      if (args.slice(1).some((a) => /\bevalFunctions\s*:\s*true\b/.test(a.text())))
        ctx.report({
          node: call,
          message: `${path}() with evalFunctions builds functions from the document's code values. ${meta.why}`,
        });
      continue;
    }
    if (name === "parse" && !/^(cryo|Cryo|funcster)\./.test(path)) continue;
    // `const codec = { unserialize: (s) => JSON.parse(s) }`: the file's own object, not a library's.
    const receiver = path.includes(".") ? path.slice(0, path.indexOf(".")) : undefined;
    if (receiver !== undefined && declaredValue(root, receiver)?.kind() === "object") continue;
    // funcster, node-serialize and cryo revive every serialised function, whatever reads the
    // data (a queue job, a cache or Redis entry a client wrote earlier): only a literal written
    // in this file is known not to carry someone else's code.
    const revivesFunctions =
      name === "deepDeserialize" ||
      (name === "unserialize" && /node-serialize/.test(text)) ||
      (name === "parse" && /["']cryo["']/.test(text));
    const reported = checkSinkValues(ctx, engine, meta, call, [data], {
      kind: "deserialize",
      sink: `${path}()`,
      // Of unknown origin, these are reported below at the confidence of their own shape.
      reportUnknown: !revivesFunctions,
    });
    if (!reported && revivesFunctions && !isLiteral(unwrap(data))) {
      ctx.report({
        node: call,
        message: `${path}() rebuilds functions from data read at run time (a queue, a cache, a file). ${meta.why}`,
        confidence: 0.6,
      });
    }
  }
});
