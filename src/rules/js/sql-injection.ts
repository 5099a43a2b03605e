import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { jsSqlParameters } from "../fix/js-sql.js";
import { callArguments, dottedPath, unwrap } from "./dataflow/ast.js";
import {
  callAnchor,
  checkSinkValues,
  findCalls,
  findCallsByWalk,
  flowOf,
  isBuiltString,
} from "./dataflow/flow.js";

const meta = {
  id: "js/sql-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "critical",
  confidence: 0.9,
  cwe: ["CWE-89", "CWE-943", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "SQL query built from untrusted data",
  description:
    "A SQL string passed to query/execute/raw (mysql, pg, sqlite, knex, Sequelize, Prisma's *Unsafe methods) is concatenated or templated from data the caller controls.",
  why: "An attacker can close the string literal and add their own SQL: read other users' rows, bypass login checks, or modify and drop tables.",
  howToFix:
    "Use placeholders and pass values separately: db.query('SELECT * FROM users WHERE id = $1', [id]), knex.raw('... = ?', [id]), or a tagged template such as sql`... ${id}` / Prisma.$queryRaw. Identifiers (column names, sort order) must come from an allow-list.",
  references: [
    "https://cwe.mitre.org/data/definitions/89.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://node-postgres.com/features/queries#parameterized-query",
  ],
  fixable: true,
  family: "sql-injection",
  operatorFlows: "note",
} as const;

/** Methods whose first argument is always SQL text. */
const SQL_METHODS =
  "query|execute|raw|whereRaw|orWhereRaw|andWhereRaw|whereNotRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|fromRaw|literal|\\$queryRawUnsafe|\\$executeRawUnsafe|unsafe";
/**
 * TypeORM's query builder takes SQL condition text in these methods
 * (`createQueryBuilder("u").where("u.name = '" + name + "'")`); knex and
 * Sequelize spell the same names with column/value pairs, so they count only
 * on a chain that starts with createQueryBuilder.
 */
const BUILDER_METHODS = /^(?:where|andWhere|orWhere|having|andHaving|orHaving)$/;
/** Generic names (sqlite's `db.all(sql)`) count only on a database-looking receiver. */
const DB_METHODS = "prepare|exec|run|all|get|each";
const DB_RECEIVER =
  /(^|\.)(db|database|sqlite|conn|connection|client|pool|tx|trx|knex|sequelize|prisma|sql)$/i;
const SQL_TEXT = /\b(select|insert|update|delete|where|order\s+by|values)\b/i;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (
      !root ||
      !/\.(query|execute|raw|\w+Raw|literal|\$\w+Unsafe|unsafe|prepare|exec|run|all|get|each)\s*\(|createQueryBuilder/.test(
        text,
      )
    )
      return;
    if (!SQL_TEXT.test(text) && !text.includes("createQueryBuilder")) return;
    const engine = flowOf(ctx);
    if (!engine) return;
    for (const call of findCalls(ctx, new RegExp(`\\.(${SQL_METHODS}|${DB_METHODS})$`))) {
      const callee = call.field("function");
      const receiver = callee?.field("object");
      const method = callee?.field("property")?.text() ?? "";
      const receiverPath = receiver ? dottedPath(receiver) : undefined;
      if (receiverPath !== undefined && /^(req|request|ctx|res|url|URL|location|\$)$/.test(receiverPath))
        continue;
      const first = callArguments(call)[0];
      if (!first) continue;
      const sqlArg = unwrap(first);
      const generic = new RegExp(`^(${DB_METHODS})$`).test(method);
      if (generic && !(receiverPath !== undefined && DB_RECEIVER.test(receiverPath))) continue;
      if (first.kind() === "object") continue;
      checkSinkValues(ctx, engine, meta, callAnchor(call), [first], {
        kind: "sql",
        sink: `${receiverPath ?? "…"}.${method}()`,
        reportUnknown: isBuiltString(sqlArg) && SQL_TEXT.test(sqlArg.text()),
      });
    }
    if (!text.includes("createQueryBuilder")) return;
    for (const call of findCallsByWalk(ctx, "\\.(where|andWhere|orWhere|having|andHaving|orHaving)$")) {
      const callee = call.field("function");
      const method = callee?.field("property")?.text() ?? "";
      if (!BUILDER_METHODS.test(method) || !callee?.text().includes("createQueryBuilder")) continue;
      const first = callArguments(call)[0];
      if (
        !first ||
        !["string", "template_string", "binary_expression"].includes(String(unwrap(first).kind()))
      )
        continue;
      checkSinkValues(ctx, engine, meta, callAnchor(call), [first], {
        kind: "sql",
        sink: `TypeORM ${method}()`,
        reportUnknown: isBuiltString(unwrap(first)),
      });
    }
  },
  jsSqlParameters,
);
