import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import {
  argTaint,
  callSpec,
  findCalls,
  flowOf,
  isLiteral,
  notedOnly,
  reportFlow,
  reportTaintedArg,
  verdictFor,
} from "./dataflow/sinks.js";

const WHY =
  "LDAP filters have their own syntax: characters such as *, (, ) and | in the input rewrite the filter, so a login check can match any user or a search can list the whole directory.";

const CALLS = callSpec({
  needsSource: true,
  hint: /ldap/i,
  helperHint: /\b(?:ldap3?|bonsai)\b/,
  methods: ["search_s", "search_st", "search_ext", "search_ext_s", "search"],
});

/**
 * Calls that name an entry by its distinguished name: a DN built from input
 * (`"uid=" + uid + ",ou=people"`) can name another entry, or add RDN parts
 * (`x,ou=admins`). python-ldap's `*_s` forms and ldap3's Connection methods take it first.
 * Binds are read apart (BIND_CALLS): their DN is the service account's, from configuration, far more often than input.
 */
const DN_CALLS = callSpec({
  needsSource: true,
  hint: /ldap/i,
  helperHint: /\b(?:ldap3?|bonsai)\b/,
  methods: [
    "modify_s",
    "modify_ext_s",
    "delete_s",
    "delete_ext_s",
    "rename_s",
    "add_s",
    "modify_dn",
    "modify",
    "delete",
  ],
});
/**
 * Binds whose DN is built from input (`f"uid={username},ou=people"`): a login
 * that binds as the DN the user typed can be pointed at another entry. Only
 * built text counts (a DN a search returned names a real entry), as for DN_CALLS.
 * python-ldap's binds take the DN first; ldap3's `Connection(server, user)` second.
 */
const BIND_CALLS = callSpec({
  needsSource: true,
  hint: /ldap/i,
  helperHint: /\b(?:ldap3?|bonsai)\b/,
  functions: ["ldap3.Connection"],
  methods: ["simple_bind_s", "simple_bind", "bind_s", "sasl_non_interactive_bind_s", "rebind"],
});

/** ldap3's methods share names with dicts and ORMs: only on a receiver named for a connection. */
const LDAP3_DN_METHODS = new Set(["modify_dn", "modify", "delete"]);

const BONSAI_IMPORT = /^[ \t]*(?:import|from)[ \t]+bonsai\b/m;

/** python-ldap takes the filter third (base, scope, filter); ldap3 second (base, filter). */
const FILTER_ARG: Readonly<Record<string, { index: number; name: string }>> = {
  search_s: { index: 2, name: "filterstr" },
  search_st: { index: 2, name: "filterstr" },
  search_ext: { index: 2, name: "filterstr" },
  search_ext_s: { index: 2, name: "filterstr" },
  search: { index: 1, name: "search_filter" },
};

export default defineRule(
  {
    id: "py/ldap-injection",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.85,
    cwe: ["CWE-90", "CWE-943", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "LDAP filter built from untrusted input",
    description:
      "An LDAP search filter (python-ldap search_s/search_ext_s, ldap3 Connection.search) is built from data that can come from outside the program.",
    why: WHY,
    howToFix:
      "Escape every untrusted value with ldap.filter.escape_filter_chars (python-ldap) or ldap3.utils.conv.escape_filter_chars before putting it in the filter, or use ldap.filter.filter_format.",
    references: [
      "https://cwe.mitre.org/data/definitions/90.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html",
    ],
    fixable: false,
    family: "ldap-injection",
    operatorFlows: "note",
  },
  (ctx) => {
    if (!/ldap/i.test(ctx.text)) return;
    // bonsai's `LDAPConnection.search(base, scope, filter_exp)` takes the filter third, ldap3's second.
    const bonsai = BONSAI_IMPORT.test(ctx.text) && !/\bldap3\b/.test(ctx.text);
    for (const call of findCalls(ctx, CALLS)) {
      const arg =
        bonsai && call.callee === "search" ? { index: 2, name: "filter_exp" } : FILTER_ARG[call.callee];
      if (arg === undefined) continue;
      // `re.search`/`str` searches share the name; an LDAP filter starts with "(" somewhere in the file's calls.
      if (call.callee === "search" && !isConnectionSearch(call.node.children()[0]?.text() ?? "")) continue;
      reportTaintedArg(ctx, call, arg, "ldap", {
        what: `The LDAP filter of .${call.callee}() is built from`,
        why: WHY,
      });
    }
    for (const call of findCalls(ctx, DN_CALLS)) {
      const callee = call.node.children()[0]?.text() ?? "";
      if (LDAP3_DN_METHODS.has(call.callee) && !isConnectionCall(callee, call.callee)) continue;
      const dn = call.args[0] ?? call.kwargs.get("dn");
      if (dn === undefined || isLiteral(dn)) continue;
      const flow = flowOf(ctx);
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "dn"), "ldap");
      // A DN the server returned (`for dn, _ in conn.search_s(...)`) names a real entry: only a DN built from the input can name another.
      if (verdict === undefined || !builtText(dn)) continue;
      if (notedOnly(ctx, call, verdict, DN_WHY)) continue;
      reportFlow(ctx, call.node, verdict, `The DN that .${call.callee}() acts on is built from`, DN_WHY);
    }
    for (const call of findCalls(ctx, BIND_CALLS)) {
      const connection = call.callee === "ldap3.Connection";
      const index = connection ? 1 : 0;
      const name = connection || call.callee === "rebind" ? "user" : "who";
      const dn = call.args[index] ?? call.kwargs.get(name);
      if (dn === undefined || isLiteral(dn) || !builtText(dn)) continue;
      const flow = flowOf(ctx);
      const verdict = verdictFor(flow, argTaint(flow, call.node, index, name), "ldap");
      if (verdict === undefined || notedOnly(ctx, call, verdict, DN_WHY)) continue;
      reportFlow(
        ctx,
        call.node,
        verdict,
        `The DN that ${connection ? "Connection()" : `.${call.callee}()`} binds as is built from`,
        DN_WHY,
      );
    }
  },
);

/** Text made by concatenation, an f-string or `.format()`. */
function isBuilding(node: SgNode | null | undefined): boolean {
  const kind = node?.kind();
  if (kind === "binary_operator") return true;
  if (kind === "string") return (node?.children() ?? []).some((c) => c.kind() === "interpolation");
  return kind === "call" && /\.format$/.test(node?.field("function")?.text() ?? "");
}

/** The DN argument is built text, or a name the enclosing def assigns built text to. */
function builtText(arg: SgNode): boolean {
  if (isBuilding(arg)) return true;
  if (arg.kind() !== "identifier") return false;
  const body = arg.ancestors().find((a) => a.kind() === "function_definition");
  return (body?.findAll({ rule: { kind: "assignment" } }) ?? []).some(
    (a) => a.field("left")?.text() === arg.text() && isBuilding(a.field("right")),
  );
}

const DN_WHY =
  "A distinguished name has its own syntax: a comma, plus sign or equals sign in the input adds or changes RDN parts, so the call can bind as, change or delete another entry than the one meant.";

/**
 * `conn.search`, `self.ldap_server.search`: the last name before `.search`
 * holds conn, connection, ldap or server. That name is cut out first and
 * searched on its own, so no pattern backtracks over the split of a long name
 * (test/regex-linearity.test.ts).
 */
export function isConnectionSearch(callee: string): boolean {
  return isConnectionCall(callee, "search");
}

/** `conn.modify`, `self.ldap.delete`: `callee` is `<receiver>.<method>` and the receiver's last name says connection. */
function isConnectionCall(callee: string, method: string): boolean {
  if (!callee.endsWith(`.${method}`)) return false;
  const receiver = callee.slice(0, -method.length - 1);
  if (!/^[\w.]*$/.test(receiver)) return false;
  return /conn|connection|ldap|server/i.test(receiver.slice(receiver.lastIndexOf(".") + 1));
}
