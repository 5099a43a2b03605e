import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, unwrap } from "./dataflow/ast.js";
import { findCalls, flowOf, isDead, reportTaint, taintAt } from "./dataflow/flow.js";
import type { Taint } from "./dataflow/taint.js";

const meta = {
  id: "js/nosql-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.8,
  cwe: ["CWE-943", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "MongoDB query built from untrusted data",
  description:
    "A MongoDB/Mongoose query (find, findOne, updateOne, deleteMany, ...) is the request body or query taken whole, has a field taken from it unchecked, or uses $where with request data.",
  why: 'JSON bodies and qs-parsed query strings can carry objects such as {"$ne": null} or {"$gt": ""}: an attacker turns an equality test into an operator and logs in without a password or reads every document; $where runs JavaScript on the server.',
  howToFix:
    "Cast each value to the expected type (String(req.body.user)), validate the body with a schema, or enable mongoose's sanitizeFilter / express-mongo-sanitize. Never use $where with request data.",
  references: [
    "https://cwe.mitre.org/data/definitions/943.html",
    "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection",
    "https://mongoosejs.com/docs/api/mongoose.html#Mongoose.prototype.sanitizeFilter()",
  ],
  fixable: false,
  family: "nosql-injection",
  operatorFlows: "note",
} as const;

const QUERY_METHODS =
  "find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|updateOne|updateMany|deleteOne|deleteMany|countDocuments|exists|replaceOne|where|distinct";

/** Express route parameters are always strings, so they cannot smuggle operators. */
function onlyRouteParams(t: Taint): boolean {
  return (
    t.origins.length > 0 &&
    t.origins.every((o) => /\.params\b/.test(o.label) && !o.label.startsWith("Next.js"))
  );
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/\.(find|findOne|update|delete|count|exists|replace|where|distinct)\w*\s*\(/.test(text))
    return;
  const engine = flowOf(ctx);
  if (!engine) return;
  for (const call of findCalls(ctx, `\\.(${QUERY_METHODS})$`)) {
    const first = callArguments(call)[0];
    if (!first || isDead(call)) continue;
    const filter = unwrap(first);
    const kind = String(filter.kind());
    if (kind === "arrow_function" || kind === "function_expression" || kind === "string" || kind === "number")
      continue;
    const candidates: SgNode[] = [];
    let where: SgNode | undefined;
    if (kind === "object") {
      for (const pair of filter.namedChildren()) {
        if (pair.kind() === "shorthand_property_identifier") candidates.push(pair);
        if (pair.kind() !== "pair") continue;
        const value = pair.field("value");
        if (!value) continue;
        if (/^["']?\$where["']?$/.test(pair.field("key")?.text() ?? "")) where = value;
        else candidates.push(value);
      }
    } else {
      candidates.push(filter);
    }
    if (where) {
      const t = taintAt(engine, where, { kind: "code", sink: "$where", reportUnknown: true });
      if (t) {
        reportTaint(ctx, meta, call, t, { kind: "code", sink: "a $where clause", extraCwe: ["CWE-94"] });
        continue;
      }
    }
    for (const candidate of candidates) {
      const t = taintAt(engine, candidate, { kind: "nosql", sink: "a MongoDB query" });
      if (t && !onlyRouteParams(t)) {
        reportTaint(ctx, meta, call, t, { kind: "nosql", sink: "a MongoDB query filter" });
        break;
      }
    }
  }
});
