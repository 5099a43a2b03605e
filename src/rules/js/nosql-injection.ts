import type { SgNode } from "@ast-grep/napi";
import { noteSink } from "../xfile/sink-log.js";
import { isStringOnlySource } from "./dataflow/string-sources.js";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, unwrap } from "./dataflow/ast.js";
import {
  callAnchor,
  findCalls,
  flowOf,
  isBuiltString,
  isDead,
  reportTaint,
  taintAt,
} from "./dataflow/flow.js";
import type { Taint } from "./dataflow/taint.js";
import { NOT_AFTER_NAME, namePattern } from "../shared/name-pattern.js";

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

/**
 * MongoDB driver and Mongoose methods whose first argument is a filter (or, for
 * aggregate, a pipeline whose $match stages are filters).
 */
const QUERY_METHODS =
  "find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|findOneAndRemove|findByIdAndUpdate|findByIdAndDelete|findByIdAndRemove|updateOne|updateMany|update|deleteOne|deleteMany|remove|countDocuments|count|exists|replaceOne|where|distinct|aggregate";

function onlyStringSources(t: Taint): boolean {
  return t.origins.length > 0 && t.origins.every(isStringOnlySource);
}

/** `{ _id: user._id }` with `user` read back: the database made that key, no one stored an operator in it. */
function storedKey(t: Taint, candidate: SgNode): boolean {
  return t.origins.every((o) => o.level === "stored") && /\.(?:_id|id)$/.test(candidate.text());
}

/**
 * `findOne({ where: { id } })`: Sequelize and TypeORM options, whose `where`
 * values are bound as SQL parameters, never read as MongoDB operators.
 */
function isSqlOrmOptions(filter: SgNode): boolean {
  return filter
    .namedChildren()
    .some((pair) => pair.kind() === "pair" && /^["']?where["']?$/.test(pair.field("key")?.text() ?? ""));
}

/** `createHash("sha256").update(x)`, `cipher.update(data)`: crypto streams share the name `update`. */
function cryptoUpdate(call: SgNode, text: string): boolean {
  const callee = call.field("function");
  if (callee?.field("property")?.text() !== "update") return false;
  const receiver = callee.field("object")?.text() ?? "";
  if (CRYPTO_STREAM.test(receiver)) return true;
  // `const c = createCipheriv(...)` earlier in the file, then `c.update(data)`.
  if (!/^[\w$]+$/.test(receiver)) return false;
  const declared = new RegExp(
    String.raw`${NOT_AFTER_NAME}${namePattern(receiver)}\s*=\s*(?:[\w$]+\.)?create(?:Hash|Hmac|Cipher|Decipher|Sign|Verify)`,
  );
  return declared.test(text);
}
/**
 * A file that shows MongoDB or Mongoose at work: there a whole value passed
 * as the filter (`users.findOne(req.body)`) is one. Elsewhere `room.update(state)`
 * or a service's `this.clients.find(id)` is just a method of that name.
 */
const MONGO_FILE = /mongo|\.collection\s*\(|@InjectModel|\bModel<|\bSchema\b|\bObjectId\b/i;

/** Method names other objects share (arrays, maps, stores, services); `deleteOne`, `findOneAndUpdate` or `aggregate` are MongoDB's own. */
const AMBIGUOUS = /\.(?:find|update|remove|count|exists|where|distinct)$/;

/** `User.find(x)`, `usersCollection.findOne(x)`, `this.userModel.find(x)`: a Mongoose model or a collection by its name. */
function mongoReceiver(call: SgNode): boolean {
  const receiver = call.field("function")?.field("object");
  if (!receiver) return false;
  const name =
    receiver.kind() === "member_expression" ? (receiver.field("property")?.text() ?? "") : receiver.text();
  return /^[A-Z][a-z]\w*$|(?:Model|Collection|collection|coll|col)$|^(?:db|collection)$/.test(name);
}

const CRYPTO_STREAM = /create(?:Hash|Hmac|Cipher|Decipher|Sign|Verify)|cipher|hash|hmac|digest|sign|verif/i;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (
    !root ||
    !/\.(find|update|delete|remove|count|exists|replace|where|distinct|aggregate|mapReduce)\w*\s*\(/.test(
      text,
    )
  )
    return;
  const engine = flowOf(ctx);
  if (!engine) return;
  const mongoFile = MONGO_FILE.test(text);
  for (const call of findCalls(ctx, new RegExp(`\\.(${QUERY_METHODS})$`))) {
    const first = callArguments(call)[0];
    if (!first || isDead(call)) continue;
    const filter = unwrap(first);
    const kind = String(filter.kind());
    if (
      kind === "arrow_function" ||
      kind === "function_expression" ||
      kind === "string" ||
      kind === "template_string" ||
      kind === "number"
    )
      continue;
    if (cryptoUpdate(call, text)) continue;
    const candidates: SgNode[] = [];
    let where: SgNode | undefined;
    if (kind === "object" && isSqlOrmOptions(filter)) continue;
    if (kind === "object") {
      for (const pair of filter.namedChildren()) {
        // `{ ownerId: me, ...criteria }`: spread keys can replace the ones before them.
        if (pair.kind() === "shorthand_property_identifier" || pair.kind() === "spread_element")
          candidates.push(pair);
        if (pair.kind() !== "pair") continue;
        const value = pair.field("value");
        if (!value) continue;
        if (/^["']?\$where["']?$/.test(pair.field("key")?.text() ?? "")) where = value;
        else candidates.push(value);
      }
    } else if (mongoFile || !AMBIGUOUS.test(call.field("function")?.text() ?? "") || mongoReceiver(call)) {
      candidates.push(filter);
    }
    // The filter's values are noted for flows across files: a data-access helper's parameter is the caller's input.
    if (where)
      noteSink(ctx, {
        at: callAnchor(call),
        values: [where],
        kind: "code",
        sink: "a $where clause",
        why: meta.why,
      });
    else if (candidates.length > 0)
      noteSink(ctx, {
        at: callAnchor(call),
        values: candidates,
        kind: "nosql",
        sink: "a MongoDB query filter",
        why: meta.why,
      });
    if (where) {
      const t = taintAt(engine, where, { kind: "code", sink: "$where", reportUnknown: true });
      if (t) {
        reportTaint(ctx, meta, callAnchor(call), t, {
          kind: "code",
          sink: "a $where clause",
          extraCwe: ["CWE-94"],
        });
        continue;
      }
    }
    for (const candidate of candidates) {
      const t = taintAt(engine, candidate, { kind: "nosql", sink: "a MongoDB query" });
      if (t && !onlyStringSources(t) && !storedKey(t, candidate)) {
        reportTaint(ctx, meta, callAnchor(call), t, { kind: "nosql", sink: "a MongoDB query filter" });
        break;
      }
    }
  }
  // mapReduce's map and reduce functions may be given as JavaScript source text the server runs.
  for (const call of findCalls(ctx, /\.mapReduce$/)) {
    if (isDead(call)) continue;
    for (const fn of callArguments(call).slice(0, 2)) {
      const kind = String(unwrap(fn).kind());
      if (kind === "arrow_function" || kind === "function_expression") continue;
      const t = taintAt(engine, fn, {
        kind: "code",
        sink: "mapReduce",
        reportUnknown: isBuiltString(unwrap(fn)),
      });
      if (
        t &&
        reportTaint(ctx, meta, callAnchor(call), t, {
          kind: "code",
          sink: "mapReduce() JavaScript",
          extraCwe: ["CWE-94"],
        })
      )
        break;
    }
  }
});
