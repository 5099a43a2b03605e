import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf } from "./dataflow/flow.js";
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
    "An ldapjs client.search() filter or base DN is built from data the caller controls without LDAP escaping.",
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
