import { defineRule } from "../define-rule.js";
import { pySqlParameters } from "../fix/python-sql.js";
import type { SgNode } from "@ast-grep/napi";
import { argTaint, callSpec, findCalls, flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";
import type { FoundCall } from "./dataflow/sinks.js";

const WHY =
  "The database cannot tell the query's code from the data pasted into it, so a quote in the input ends the string and the rest runs as SQL: reading, changing or deleting any table the connection can reach.";

const CALLS = callSpec({
  hint: /execute|exec_driver_sql|fetch|text\(|raw\(|extra\(|read_sql|mogrify/,
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
    "exec_driver_sql",
    // asyncpg runs the query passed to a connection's or pool's fetch/fetchrow/fetchval.
    "fetch",
    "fetchrow",
    "fetchval",
    "raw",
    "extra",
    "mogrify",
    "read_sql",
    "read_sql_query",
  ],
});

/** Calls that only build a statement object; the SQL inside runs at a later execute. */
const WRAPPERS = new Set(["sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"]);

/** Calls that send their first argument to the database. */
const RUNNERS = new Set(["execute", "executemany", "exec_driver_sql", "fetch", "fetchrow", "fetchval"]);

const runnerName = (call: FoundCall): string => (call.viaMethod ? `.${call.callee}()` : `${call.callee}()`);

/**
 * The execute call that runs the statement a text(...) call builds, in the same function: either
 * the execute whose arguments contain the text(...) expression (`session.execute(select(X).
 * order_by(text(f"...")))`), or the first later execute passed the variable the built statement was
 * assigned to (`stmt = text(f"..."); ...; session.execute(stmt)`).
 */
function runnerOf(wrapper: SgNode, calls: readonly FoundCall[]): FoundCall | undefined {
  const runners = calls.filter((c) => c.viaMethod && RUNNERS.has(c.callee));
  if (runners.length === 0) return undefined;
  const scope = scopeOf(wrapper);
  for (let node: SgNode | null = wrapper.parent(); node !== null; node = node.parent()) {
    const kind = String(node.kind());
    if (kind === "call") {
      const direct = runners.find((r) => r.node.id() === node?.id());
      if (direct !== undefined) return direct;
    }
    if (kind === "assignment") {
      const target = node.field("left");
      if (target?.kind() !== "identifier") return undefined;
      const name = target.text();
      const after = node.range().end.index;
      return runners.find(
        (r) =>
          r.node.range().start.index > after &&
          r.args[0]?.kind() === "identifier" &&
          r.args[0].text() === name &&
          scopeOf(r.node) === scope,
      );
    }
    if (kind.endsWith("statement") || kind === "function_definition" || kind === "lambda") return undefined;
  }
  return undefined;
}

/** Start offset of the function a node sits in (-1 for module level), to compare scopes cheaply. */
function scopeOf(node: SgNode): number {
  for (let n: SgNode | null = node.parent(); n !== null; n = n.parent())
    if (n.kind() === "function_definition") return n.range().start.index;
  return -1;
}

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
    const reportedAt = new Set<number>();
    for (const call of calls) {
      if (reportedAt.has(call.node.id())) continue;
      // `fetch` is also an HTTP client's verb; only a module that works with asyncpg means a query.
      if (call.viaMethod && call.callee === "fetch" && !ctx.text.includes("asyncpg")) continue;
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
      if (!call.viaMethod && WRAPPERS.has(call.callee)) {
        // text(...) only wraps the SQL; the statement runs where it is executed, so the finding
        // goes there when that call is in view (one finding per query).
        const runner = runnerOf(call.node, calls);
        if (runner !== undefined) {
          reportedAt.add(runner.node.id());
          reportFlow(
            ctx,
            runner.node,
            verdict,
            `${runnerName(runner)} runs a ${call.callee}() query built from`,
            WHY,
          );
          continue;
        }
      }
      const what = call.viaMethod
        ? `.${call.callee}() runs SQL built from`
        : `${call.callee}() wraps SQL built from`;
      reportFlow(ctx, call.node, verdict, what, WHY);
    }
  },
  pySqlParameters,
);
