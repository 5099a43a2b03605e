import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, declaredValue, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, findCallsByWalk, flowOf } from "./dataflow/flow.js";
import type { TaintEngine } from "./dataflow/engine.js";

const meta = {
  id: "js/ldap-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-90", "CWE-943", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "LDAP filter built from untrusted data",
  description:
    "An ldapjs or ldapts client.search() filter or base DN, or a client.bind() DN, is built from data the caller controls without LDAP escaping.",
  why: "Characters such as * ( ) and \\ change the filter's meaning: an attacker can match every entry, bypass an authentication check (uid=*)(|(uid=*) or read attributes they should not see.",
  howToFix:
    "Escape values with an LDAP filter escaper (ldap-escape's filter tag, or ldapjs's EqualityFilter objects built from the raw value) and only ever insert them into a fixed filter template.",
  references: [
    "https://cwe.mitre.org/data/definitions/90.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html",
  ],
  fixable: false,
  family: "ldap-injection",
  operatorFlows: "note",
} as const;

/** `\`uid=${u},ou=people\``, `"uid=" + u + ",ou=people"`: a string put together in the code (not `env.DN ?? ""`). */
function isBuiltString(node: SgNode): boolean {
  if (node.kind() === "template_string") return true;
  return node.kind() === "binary_expression" && node.field("operator")?.text() === "+";
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/ldap/i.test(text)) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  for (const call of findCalls(ctx, /\.search$/)) {
    if (isProjectObject(call, engine)) continue;
    const args = callArguments(call);
    const values: SgNode[] = [];
    const [base, options] = args;
    if (base) values.push(base);
    if (options) {
      const opts = unwrap(options);
      if (opts.kind() === "object") {
        for (const pair of opts.namedChildren()) {
          const key =
            pair.kind() === "pair"
              ? pair.field("key")?.text()
              : pair.kind() === "shorthand_property_identifier"
                ? pair.text()
                : undefined;
          if (key !== "filter") continue;
          const value = pair.kind() === "pair" ? pair.field("value") : pair;
          if (value) values.push(value);
        }
      } else {
        values.push(opts);
      }
    }
    checkSinkValues(ctx, engine, meta, call, values, { kind: "ldap", sink: "an LDAP search" });
  }
  // `client.bind(\`uid=${user},ou=people,…\`, password)`: a DN built from input can name another entry
  // (`admin,ou=staff`) or break the DN's syntax. Function.prototype.bind takes `this` first.
  for (const call of findCallsByWalk(ctx, "\\.bind$")) {
    const [dn, password] = callArguments(call);
    if (!dn || !password || isProjectObject(call, engine)) continue;
    // Only a DN built here from parts: a service account's DN from configuration, or an
    // entry's DN a search returned, is the directory's own.
    const first = unwrap(dn);
    const built = first.kind() === "identifier" ? declaredValue(call.getRoot().root(), first.text()) : first;
    if (!built || !isBuiltString(unwrap(built))) continue;
    checkSinkValues(ctx, engine, meta, call, [first], { kind: "ldap", sink: "an LDAP bind DN" });
  }
  // `ldap.parseFilter("(uid=" + login + ")")`: the filter's text is read here; the object it
  // returns is what search() gets (sanitisers.ts counts it as done with), so it is reported once, here.
  for (const call of findCallsByWalk(ctx, "(^|\\.)parseFilter$")) {
    const [filter] = callArguments(call);
    if (filter) checkSinkValues(ctx, engine, meta, call, [filter], { kind: "ldap", sink: "an LDAP filter" });
  }
});

/**
 * `directory.search(q)` where `directory` is an instance of one of the
 * project's classes (`new DirectoryService(...)`, imported from
 * `./directory-service`): that module's own file holds the LDAP call, and
 * the flow is followed there across files, not guessed from the method's
 * name. An object the project's module exports (`ldapClient` from
 * `./ldap.js`) is most often the library's client itself, so it stays a sink.
 */
function isProjectObject(call: SgNode, engine: TaintEngine): boolean {
  const receiver = call.field("function")?.field("object");
  if (receiver?.kind() !== "identifier") return false;
  const name = receiver.text();
  const declarator = call
    .getRoot()
    .root()
    .findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "new_expression" } } })
    .find((d) => d.field("name")?.text() === name);
  const made = declarator?.field("value")?.field("constructor");
  return made?.kind() === "identifier" && engine.isProjectImport(made.text());
}
