import { defineRule } from "../define-rule.js";
import { callSpec, findCalls, reportTaintedArg } from "./dataflow/sinks.js";

const WHY =
  "LDAP filters have their own syntax: characters such as *, (, ) and | in the input rewrite the filter, so a login check can match any user or a search can list the whole directory.";

const CALLS = callSpec({
  needsSource: true,
  hint: /ldap/i,
  helperHint: /\b(?:ldap3?|bonsai)\b/,
  methods: ["search_s", "search_st", "search_ext", "search_ext_s", "search"],
});

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
  },
);

/**
 * `conn.search`, `self.ldap_server.search`: the last name before `.search`
 * holds conn, connection, ldap or server. That name is cut out first and
 * searched on its own, so no pattern backtracks over the split of a long name
 * (test/regex-linearity.test.ts).
 */
export function isConnectionSearch(callee: string): boolean {
  const receiver = /^([\w.]*)\.search$/i.exec(callee)?.[1];
  if (receiver === undefined) return false;
  return /conn|connection|ldap|server/i.test(receiver.slice(receiver.lastIndexOf(".") + 1));
}
