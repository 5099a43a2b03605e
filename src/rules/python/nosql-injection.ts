import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import type { FileFlow } from "./dataflow/file-flow.js";
import {
  argTaint,
  callSpec,
  findCalls,
  notedOnly,
  flowOf,
  isLiteral,
  reportFlow,
  verdictFor,
  type FoundCall,
} from "./dataflow/sinks.js";
import { carriesObjects } from "./dataflow/object-values.js";
import { join, type Taint } from "./dataflow/taint.js";
import { namePattern } from "../shared/name-pattern.js";
import { notePythonSink } from "../xfile/sink-log.js";

const WHY =
  'A query document taken from outside the program (a request, a stored record) can carry operators ({"$ne": null}, {"$where": ...}) instead of plain values, so a login or lookup matches records it should not, or runs JavaScript on the server.';

const QUERY_METHODS = [
  "find",
  // pymongo 3's and motor's older spellings, still common (pymongo.readthedocs.io, "Collection").
  "update",
  "remove",
  "find_and_modify",
  "count",
  "map_reduce",
  "inline_map_reduce",
  "find_one",
  "find_one_and_update",
  "find_one_and_delete",
  "find_one_and_replace",
  "update_one",
  "update_many",
  "delete_one",
  "delete_many",
  "count_documents",
  "aggregate",
  "replace_one",
];
/**
 * A file that queries MongoDB. The method names are pymongo's and Motor's own
 * (no SQL or ORM client spells them), so a module that only imports a
 * collection from the project's `db.py` (`from .db import users`) is read too,
 * as is one querying `db.<collection>` on a database handed in by a dependency.
 */
const MONGO_FILE =
  /mongo|motor|\$where|collection|\b(?:find_one\w*|count_documents|(?:update|delete|insert)_(?:one|many)|replace_one)\b|\bdb\.\w+\.(?:find|aggregate)\(/i;
const CALLS = callSpec({
  needsSource: true,
  hint: MONGO_FILE,
  helperHint: /\b(?:pymongo|motor|mongoengine)\b/,
  methods: QUERY_METHODS,
});
/**
 * The same calls in files with no known input: a `$where` or map-reduce body is
 * JavaScript run by the server, and one assembled from variables is a finding
 * whatever their origin (reported at medium when the origin is unknown).
 */
const SCRIPT_CALLS = callSpec({ hint: /\$where|map_reduce/, methods: QUERY_METHODS });
/**
 * MongoEngine's queryset is the model's `objects` called with field lookups as
 * keywords (`Member.objects(city="Oslo")`; Django's managers are not callable):
 * keywords spread from input choose the lookups, operators included
 * (`password__ne=`, `role__in=`).
 */
const MONGOENGINE_QUERIES = callSpec({ needsSource: true, hint: /mongoengine/, methods: ["objects"] });

/**
 * MongoEngine's raw query: `Note.objects(__raw__=query)`,
 * `Note.objects.filter(__raw__=query)` hand the document to pymongo as the
 * filter, operators and all.
 */
const RAW_QUERIES = callSpec({
  needsSource: true,
  hint: /__raw__/,
  helperHint: /__raw__/,
  methods: ["objects", "filter", "exclude", "get", "first", "count", "update", "delete", "modify"],
});

/** Names that are also every dict's or list's methods: counted only on a receiver that is a collection. */
const AMBIGUOUS = new Set(["update", "remove", "count"]);
/** Methods whose first two arguments are JavaScript functions, not a filter. */
const MAP_REDUCE = new Set(["map_reduce", "inline_map_reduce"]);
/** A receiver that is a MongoDB collection, not a string or a list. */
const COLLECTION =
  /(?:^|\.)(?:db|database|mongo|collection|coll|col)\b|_(?:collection|coll|col)\b|\bdb\.|\.\w+\[["']\w+["']\]$/i;

export default defineRule(
  {
    id: "py/nosql-injection",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.8,
    cwe: ["CWE-943", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "MongoDB query built from untrusted input",
    description:
      "A pymongo query (find, find_one, update_one, delete_many, aggregate...) is a document taken from, or a $where expression built from, data that can come from outside the program.",
    why: WHY,
    howToFix:
      'Build the query yourself from single values cast to the expected type: {"name": str(name)}; never pass a parsed request body as the filter, and never use $where with input.',
    references: [
      "https://cwe.mitre.org/data/definitions/943.html",
      "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection",
    ],
    fixable: false,
    family: "nosql-injection",
    operatorFlows: "note",
  },
  (ctx) => {
    if (!MONGO_FILE.test(ctx.text) && !/\bdb\b|__raw__/.test(ctx.text)) return;
    for (const call of findCalls(ctx, MONGOENGINE_QUERIES)) {
      const flow = flowOf(ctx);
      const index = call.args.findIndex((a) => a.kind() === "dictionary_splat");
      if (index < 0) continue;
      const verdict = verdictFor(flow, argTaint(flow, call.node, index), "nosql");
      if (verdict?.fromSource !== true) continue;
      reportFlow(
        ctx,
        call.node,
        verdict,
        `The field lookups of ${call.node.field("function")?.text() ?? "objects"}() are spread from`,
        WHY,
      );
    }
    for (const call of findCalls(ctx, RAW_QUERIES)) {
      if (!call.kwargs.has("__raw__")) continue;
      const flow = flowOf(ctx);
      const verdict = verdictFor(flow, argTaint(flow, call.node, -1, "__raw__"), "nosql", {
        built: 0.4,
        direct: 0.3,
      });
      if (verdict === undefined || notedOnly(ctx, call, verdict, WHY)) continue;
      if (verdict.fromSource && !carriesObjects(flow, verdict.origin)) continue;
      reportFlow(
        ctx,
        call.node,
        verdict,
        `The raw MongoDB query (__raw__) of .${call.callee}() is taken from`,
        WHY,
      );
    }
    const calls = uniqueCalls([...findCalls(ctx, CALLS), ...findCalls(ctx, SCRIPT_CALLS)]);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      if (MAP_REDUCE.has(call.callee)) {
        checkScript(
          ctx,
          call,
          [0, 1].filter((i) => !isLiteral(call.args[i])).map((i) => argTaint(flow, call.node, i)),
        );
        continue;
      }
      const filter = call.args[0] ?? call.kwargs.get("filter");
      if (filter === undefined) continue;
      const callee = call.node.children()[0];
      const receiver = callee?.children()[0]?.text() ?? "";
      if (
        (filter.kind() !== "dictionary" || AMBIGUOUS.has(call.callee)) &&
        !COLLECTION.test(receiver) &&
        !boundToCollection(receiver, ctx.text)
      )
        continue;
      const script = whereScript(filter);
      if (
        script !== undefined &&
        !verdictFor(flow, argTaint(flow, call.node, 0, "filter"), "nosql")?.fromSource
      ) {
        checkScript(ctx, call, [scriptTaint(flow, call, filter, script)]);
        continue;
      }
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "filter"), "nosql", {
        built: 0.4,
        direct: 0.3,
      });
      if (verdict === undefined) continue;
      const where = script !== undefined || filter.text().includes("$where") || assignsWhere(filter);
      if (call.helperOnly === true && !verdict.fromSource) {
        // A `$where` body is JavaScript, and a plain string from another module fills it: noted as
        // code, so the strings the summary clears for query documents still reach it.
        notePythonSink(ctx, { at: call.node, taint: verdict.live, kind: where ? "code" : "nosql", why: WHY });
        continue;
      }
      // Form fields, query strings and headers arrive as strings: only parsed JSON can smuggle operators.
      if (!where && verdict.fromSource && !carriesObjects(flow, verdict.origin)) continue;
      reportFlow(
        ctx,
        call.node,
        verdict,
        `The query of .${call.callee}() ${where ? "has a $where expression built from" : "is taken from"}`,
        WHY,
      );
    }
  },
);

function uniqueCalls(calls: readonly FoundCall[]): FoundCall[] {
  const seen = new Set<number>();
  return calls.filter((c) => !seen.has(c.node.id()) && seen.add(c.node.id()));
}

/** The `$where` value of a filter written as a dictionary here or bound to one earlier in the function. */
function whereScript(filter: SgNode): SgNode | undefined {
  const dict = filter.kind() === "dictionary" ? filter : boundDictionary(filter);
  const pair = dict
    ?.children()
    .find((c) => c.kind() === "pair" && /^["']\$where["']$/.test(c.field("key")?.text() ?? ""));
  return pair?.field("value") ?? undefined;
}

/** `flt["$where"] = extra` in the function the filter name is read in. */
function assignsWhere(filter: SgNode): boolean {
  if (filter.kind() !== "identifier") return false;
  let fn: SgNode | null = filter.parent();
  while (fn !== null && fn.kind() !== "function_definition") fn = fn.parent();
  return (fn ?? filter.getRoot().root())
    .findAll({ rule: { kind: "assignment", has: { field: "left", kind: "subscript" } } })
    .some((a) => {
      const left = a.field("left");
      return (
        left?.field("value")?.text() === filter.text() &&
        /^["']\$where["']$/.test(left.field("subscript")?.text() ?? "")
      );
    });
}

function boundDictionary(name: SgNode): SgNode | undefined {
  if (name.kind() !== "identifier") return undefined;
  return assignmentsTo(name).find((v) => v.kind() === "dictionary");
}

/** JavaScript the server runs ($where, map and reduce functions), reported when assembled from variables. */
function checkScript(ctx: RuleContext, call: FoundCall, scripts: readonly (Taint | undefined)[]): void {
  const flow = flowOf(ctx);
  for (const taint of scripts) {
    if (taint === undefined) continue;
    const verdict = verdictFor(flow, taint, "nosql", { built: 0.5, direct: 0.35 });
    if (verdict === undefined) continue;
    reportFlow(
      ctx,
      call.node,
      verdict,
      `JavaScript that .${call.callee}() runs on the database server is assembled from`,
      WHY,
    );
    return;
  }
}

/**
 * The taint of a `$where` value: what the dictionary it sits in was built from
 * when it is written inline, or what was assigned to the name it is read from.
 */
function scriptTaint(flow: FileFlow, call: FoundCall, filter: SgNode, script: SgNode): Taint | undefined {
  if (isLiteral(script)) return undefined;
  if (script.kind() === "identifier") return boundValue(flow, script);
  if (filter.kind() === "dictionary") return argTaint(flow, call.node, 0, "filter");
  const dict = boundDictionary(filter);
  return dict === undefined ? undefined : flow.valueOf(dict.parent() ?? dict);
}

/** The taint of the values assigned to `name` in its function (a `$where` body kept in a variable). */
function boundValue(flow: FileFlow, name: SgNode): Taint {
  const rights = assignmentsTo(name).filter((r) => r.kind() !== "dictionary");
  return join(...rights.map((r) => flow.valueOf(r.parent() ?? r)));
}

/** The right-hand sides assigned to the name in the function it is read in. */
function assignmentsTo(name: SgNode): SgNode[] {
  let fn: SgNode | null = name.parent();
  while (fn !== null && fn.kind() !== "function_definition") fn = fn.parent();
  return (fn ?? name.getRoot().root())
    .findAll({ rule: { kind: "assignment", has: { field: "left", regex: `^${name.text()}$` } } })
    .map((a) => a.field("right"))
    .filter((r): r is SgNode => r !== null);
}

/** What a Mongo client, database or collection is made from (with namesMongoClient). */
const MONGO_VALUE = /get_collection|get_database|\bdb\b|\bdatabase\b/i;

/**
 * `MongoClient(`, `AsyncIOMotorClient(`: in one word, Mongo or Motor and later
 * Client, as `Mongo\w*Client` says. The first Mongo or Motor of a word has the
 * most of it after, so each word is read once; the pattern re-read the rest of
 * the word from every Mongo (test/regex-linearity.test.ts).
 */
export function namesMongoClient(value: string): boolean {
  for (const [word] of value.matchAll(/\w+/g)) {
    const at = word.search(/mongo|motor/i);
    if (at >= 0 && /client/i.test(word.slice(at + "mongo".length))) return true;
  }
  return false;
}

/**
 * `orders = AsyncIOMotorClient(uri).shop.orders`: a plain name the file sets to
 * a collection, or one attribute or key of a name it sets to a database.
 */
function boundToCollection(receiver: string, text: string): boolean {
  // `_db.tickets`, `self._db["tickets"]`: a collection read off a database the file binds.
  const name = /^(?:self\.)?(\w+)(?:$|\.\w+$|\[["']\w+["']\]$)/.exec(receiver)?.[1];
  if (name === undefined) return false;
  const assignment = new RegExp(
    String.raw`^[ \t]*(?:self\.)?${namePattern(name)}\s*(?::[^=\n\r\u2028\u2029]+)?=(?!=)\s*([^\n]+)`,
    "gm",
  );
  for (const m of text.matchAll(assignment))
    if (MONGO_VALUE.test(m[1] ?? "") || namesMongoClient(m[1] ?? "")) return true;
  return false;
}
