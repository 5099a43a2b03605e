import { defineRule } from "../define-rule.js";
import { argTaint, callSpec, findCalls, flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";

const WHY =
  'A query document taken from outside the program (a request, a stored record) can carry operators ({"$ne": null}, {"$where": ...}) instead of plain values, so a login or lookup matches records it should not, or runs JavaScript on the server.';

const QUERY_METHODS = [
  "find",
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
const CALLS = callSpec({
  needsSource: true,
  hint: /mongo|MongoClient|motor|\$where|collection/i,
  methods: QUERY_METHODS,
});
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
    if (!/mongo|collection|\bdb\b|\$where/i.test(ctx.text)) return;
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const filter = call.args[0] ?? call.kwargs.get("filter");
      if (filter === undefined) continue;
      const callee = call.node.children()[0];
      const receiver = callee?.children()[0]?.text() ?? "";
      if (
        filter.kind() !== "dictionary" &&
        !COLLECTION.test(receiver) &&
        !boundToCollection(receiver, ctx.text)
      )
        continue;
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "filter"), "nosql", {
        built: 0.4,
        direct: 0.3,
      });
      if (verdict === undefined) continue;
      const where = filter.text().includes("$where");
      // Form fields, query strings and headers arrive as strings: only parsed JSON can smuggle operators.
      if (
        !where &&
        verdict.fromSource &&
        !/json|body|data|loads|request parameter/i.test(verdict.origin.label)
      )
        continue;
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

/** `orders = AsyncIOMotorClient(uri).shop.orders`: a plain name the file sets to a collection. */
function boundToCollection(receiver: string, text: string): boolean {
  if (!/^(?:self\.)?\w+$/.test(receiver)) return false;
  const name = receiver.replace(/^self\./, "");
  const assignment = new RegExp(String.raw`^[ \t]*(?:self\.)?${name}\s*(?::[^=\n]+)?=(?!=)\s*([^\n]+)`, "gm");
  for (const m of text.matchAll(assignment))
    if (MONGO_VALUE.test(m[1] ?? "") || namesMongoClient(m[1] ?? "")) return true;
  return false;
}
