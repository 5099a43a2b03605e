import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { jsJsonParse } from "../fix/eval.js";
import type { TaintEngine } from "./dataflow/engine.js";
import { callArguments, dottedPath, stringValue, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, findCallsByWalk, findNews, flowOf } from "./dataflow/flow.js";

const meta = {
  id: "js/code-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "critical",
  confidence: 0.9,
  cwe: ["CWE-94", "CWE-95", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "Dynamic code evaluation of untrusted data",
  description:
    "eval, new Function, a string passed to setTimeout/setInterval, the vm module, or a template engine that compiles templates to JavaScript (Pug, EJS, lodash template, doT, Nunjucks) runs code built from data the caller controls.",
  why: "Whoever controls the string runs arbitrary JavaScript inside the process: reading secrets, files and the network as the server.",
  howToFix:
    "Do not evaluate strings. Parse data with JSON.parse, look operations up in a map of allowed functions, and pass functions (not strings) to setTimeout. The vm module is not a security boundary.",
  references: [
    "https://cwe.mitre.org/data/definitions/95.html",
    "https://owasp.org/www-community/attacks/Code_Injection",
    "https://nodejs.org/api/vm.html",
  ],
  fixable: true,
  family: "code-injection",
  operatorFlows: "note",
} as const;

const EVAL_LIKE =
  /^(eval|window\.eval|globalThis\.eval|Function|setTimeout|setInterval|setImmediate|vm\.\w+|\w+\.runIn(New|This)?Context|\w+\.compileFunction)$/;

/** `"(" + text + ")"` or `` `(${text})` ``: the idiom that makes eval read an object literal. */
const PARENTHESISED = /^(?:["']\(["']\s*\+[^+]+\+\s*["']\)["']|`\(\$\{[^`]+\}\)`)$/;

/** Callback-taking timers only evaluate their first argument when it is a string. */
const TIMERS = new Set(["setTimeout", "setInterval", "setImmediate"]);
const STRINGY = new Set([
  "string",
  "template_string",
  "binary_expression",
  "identifier",
  "member_expression",
  "call_expression",
]);

/**
 * Template engines that compile their template into JavaScript: Pug and EJS
 * run the template's code lines (`- code`, `<% code %>`), lodash/underscore
 * `template` and doT turn `<% %>` / `{{ }}` blocks into a function body. A
 * template chosen by someone else is code they run on the server (server-side
 * template injection).
 */
const TEMPLATE_COMPILERS =
  "^(pug|jade|ejs|_|lodash|underscore|doT|dot|nunjucks)\\.(compile|render|template|renderString|compileClient)$|^template$";
const TEMPLATE_SOURCE_TEXT =
  /\b(?:pug|jade|ejs|lodash|underscore|doT|dot|nunjucks|_)\.(?:compile|render|template|renderString)|\btemplate\s*\(/;

/**
 * `import { template } from "lodash"` or `template = require("lodash.template")`.
 * The braces' contents are read with `[^{}]*`, so a brace that is never
 * closed ends the read at the next one instead of the end of the file, and
 * every import is read once (test/regex-linearity.test.ts).
 */
function importsLodashTemplate(text: string): boolean {
  for (const m of text.matchAll(/import\s*\{([^{}]*)\}\s*from\s*["']lodash/g))
    if (/\btemplate\b/.test(m[1]!)) return true;
  return /\btemplate\s*=\s*require\(\s*["']lodash\.template/.test(text);
}

function checkTemplateSources(ctx: RuleContext, engine: TaintEngine): void {
  for (const call of findCallsByWalk(ctx, TEMPLATE_COMPILERS)) {
    const path = dottedPath(call.field("function") ?? call) ?? "template";
    // A bare `template(...)` counts only when it is lodash's (`import { template } from "lodash"`).
    if (path === "template" && !importsLodashTemplate(ctx.text)) continue;
    const source = callArguments(call)[0];
    if (!source || stringValue(source) !== undefined) continue;
    checkSinkValues(ctx, engine, meta, call, [source], {
      kind: "code",
      sink: `${path}() (a template compiled to JavaScript)`,
      extraCwe: ["CWE-1336"],
    });
  }
}

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (
      !root ||
      (!/\beval\b|Function\s*\(|set(Timeout|Interval|Immediate)|runIn|compileFunction|vm\.Script|new Script/.test(
        text,
      ) &&
        !TEMPLATE_SOURCE_TEXT.test(text))
    )
      return;
    const engine = flowOf(ctx);
    if (!engine) return;
    for (const call of findCalls(ctx, EVAL_LIKE)) {
      const callee = call.field("function");
      const path = callee ? (dottedPath(callee) ?? "") : "";
      const args = callArguments(call);
      const first = args[0];
      if (!first) continue;
      if (path.startsWith("vm.") && !/^vm\.(runIn\w*|compileFunction)$/.test(path)) continue;
      if (TIMERS.has(path) && !STRINGY.has(String(unwrap(first).kind()))) continue;
      const values = path === "Function" ? args : [first];
      checkSinkValues(ctx, engine, meta, call, values, {
        kind: "code",
        sink: `${path}()`,
        reportUnknown: path === "eval" || path === "Function",
        // `eval("(" + text + ")")` is eval used to read data back: deserialisation of untrusted data too.
        extraCwe: path === "eval" && PARENTHESISED.test(first.text()) ? ["CWE-95", "CWE-502"] : ["CWE-95"],
      });
    }
    if (TEMPLATE_SOURCE_TEXT.test(text)) checkTemplateSources(ctx, engine);
    for (const made of findNews(ctx, /^(Function|vm\.Script|Script)$/)) {
      checkSinkValues(ctx, engine, meta, made, callArguments(made), {
        kind: "code",
        sink: `new ${made.field("constructor")?.text() ?? "Function"}()`,
        reportUnknown: true,
        extraCwe: ["CWE-95"],
      });
    }
  },
  jsJsonParse,
);
