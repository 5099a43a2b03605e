import { defineRule } from "../define-rule.js";
import { pySqlParameters } from "../fix/python-sql.js";
import { argTaint, callSpec, findCalls, flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";

const WHY =
  "The database cannot tell the query's code from the data pasted into it, so a quote in the input ends the string and the rest runs as SQL: reading, changing or deleting any table the connection can reach.";

const CALLS = callSpec({
  hint: /execute|text\(|raw\(|extra\(|read_sql|mogrify/,
  functions: [
    "sqlalchemy.text",
    "sqlalchemy.sql.text",
    "sqlalchemy.sql.expression.text",
    "pandas.read_sql",
    "pandas.read_sql_query",
  ],
  methods: [
    "execute",
    "executemany",
    "executescript",
    "raw",
    "extra",
    "mogrify",
    "read_sql",
    "read_sql_query",
  ],
});

export default defineRule(
  {
    id: "py/sql-injection",
    languages: ["python"],
    category: "security",
    severity: "critical",
    confidence: 0.9,
    cwe: ["CWE-89", "CWE-943", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "SQL query built from untrusted input",
    description:
      "An SQL statement passed to cursor.execute/executemany, SQLAlchemy text(), Django raw()/extra() or pandas.read_sql is built by concatenating or formatting data that can come from outside the program.",
    why: WHY,
    howToFix:
      'Keep the SQL constant and pass values as parameters: cursor.execute("SELECT * FROM users WHERE name = %s", (name,)), text("... WHERE id = :id").bindparams(id=x), Model.objects.raw(sql, [x]). Identifiers (table or column names) cannot be parameters: pick them from an allow-list or quote them with psycopg2.sql.Identifier.',
    references: [
      "https://cwe.mitre.org/data/definitions/89.html",
      "https://owasp.org/Top10/A03_2021-Injection/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    ],
    fixable: true,
    family: "sql-injection",
    operatorFlows: "note",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const sql = call.args[0];
      if (call.callee === "extra") {
        for (const key of ["where", "select", "tables", "order_by"]) {
          const value = call.kwargs.get(key);
          if (value === undefined) continue;
          const verdict = verdictFor(flow, argTaint(flow, call.node, 99, key), "sql");
          if (verdict)
            reportFlow(ctx, call.node, verdict, `QuerySet.extra(${key}=...) takes raw SQL built from`, WHY);
        }
        continue;
      }
      if (sql === undefined) continue;
      if (sql.kind() === "string" && !sql.text().includes("{")) continue;
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "sql"), "sql");
      if (!verdict) continue;
      const what = call.viaMethod
        ? `.${call.callee}() runs SQL built from`
        : `${call.callee}() wraps SQL built from`;
      reportFlow(ctx, call.node, verdict, what, WHY);
    }
  },
  pySqlParameters,
);
