import type { SgNode } from "@ast-grep/napi";
import type { Edit, Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { asKind, insert, replace } from "./edits.js";
import { parameterise, type Part } from "./sql-template.js";

/** How a Node driver takes values: its placeholder, the methods that take SQL, and where the values go. */
interface Driver {
  readonly name: string;
  readonly imports: RegExp;
  readonly methods: RegExp;
  readonly placeholder: (n: number) => string;
  /** `array`: a second argument `[v]`; `replacements`: Sequelize's options; `statement`: better-sqlite3's prepared call. */
  readonly values: "array" | "replacements" | "statement";
}

/** `require("pg")` or `from "pg"`: each driver's import, written out so test/regex-linearity.test.ts reads it. */

const DRIVERS: readonly Driver[] = [
  {
    name: "pg",
    imports: /(?:require\(|from\s*)["']pg["']/,
    methods: /^query$/,
    placeholder: (n) => `$${n}`,
    values: "array",
  },
  {
    name: "mysql",
    imports: /(?:require\(|from\s*)["']mysql2?(?:\/promise)?["']/,
    methods: /^(?:query|execute)$/,
    placeholder: () => "?",
    values: "array",
  },
  {
    name: "better-sqlite3",
    imports: /(?:require\(|from\s*)["']better-sqlite3["']/,
    methods: /^prepare$/,
    placeholder: () => "?",
    values: "statement",
  },
  {
    name: "sqlite3",
    imports: /(?:require\(|from\s*)["']sqlite3["']/,
    methods: /^(?:all|get|run|each)$/,
    placeholder: () => "?",
    values: "array",
  },
  {
    name: "knex",
    imports: /(?:require\(|from\s*)["']knex["']/,
    methods: /^(?:raw|(?:and|or)?WhereRaw|orderByRaw|(?:or)?HavingRaw|joinRaw|groupByRaw)$/,
    placeholder: () => "?",
    values: "array",
  },
  {
    name: "sequelize",
    imports: /(?:require\(|from\s*)["']sequelize["']/,
    methods: /^query$/,
    placeholder: () => "?",
    values: "replacements",
  },
];

const KNEX = DRIVERS.find((d) => d.name === "knex")!;
/** Method names only knex's query builder has (a bare `raw` is too common to tell). */
const KNEX_ONLY = /^(?:(?:and|or)?WhereRaw|orderByRaw|(?:or)?HavingRaw|joinRaw|groupByRaw)$/;

/**
 * client.query(`... WHERE id = ${id}`) or "... '" + name + "'" → the SQL with
 * the driver's placeholders and the values passed apart: pg `$1` with
 * `[values]`, mysql/mysql2 and sqlite3 `?` with `[values]`, knex.raw's
 * bindings, Sequelize's `replacements`, better-sqlite3's
 * `.prepare(sql).all(values)`. Only when the file imports exactly one of
 * these drivers, the call has no values yet, and each value stands where SQL
 * takes a value (never an identifier or part of a larger literal).
 */
export function jsSqlParameters({ node }: RuleMatch, { text }: FixContext): Fix | undefined {
  // A multi-line chain is reported at its method's name (flow.ts, callAnchor): the call is two levels up.
  const target = node?.kind() === "property_identifier" ? (node.parent()?.parent() ?? node) : node;
  const call = asKind(target, ["call_expression"]);
  const method = call?.field("function")?.field("property")?.text() ?? "";
  const drivers = DRIVERS.filter((d) => d.imports.test(text));
  // A query builder made in another module (`import { db } from "./db"`): knex's *Raw methods name it alone.
  const driver =
    drivers.length === 1 ? drivers[0]! : drivers.length === 0 && KNEX_ONLY.test(method) ? KNEX : undefined;
  const args = call?.field("arguments");
  const list = args?.children().filter((c) => c.isNamed() && c.kind() !== "comment") ?? [];
  const query = list[0];
  if (!driver || !call || !args || !query || !driver.methods.test(method)) return undefined;
  const built = queryParts(query);
  const sql = built && parameterise(built.parts, driver.placeholder, false);
  if (!built || !sql || sql.values.length === 0) return undefined;
  const values = `[${sql.values.join(", ")}]`;
  const edits: Edit[] = [replace(query, `${built.quote}${sql.template}${built.quote}`)];
  const end = { line: query.range().end.line + 1, column: query.range().end.column + 1 };
  const second = list[1];
  if (driver.values === "array") {
    // A second argument may only be the callback: values already passed (or options) are left alone.
    if (second && !/function|arrow_function/.test(String(second.kind()))) return undefined;
    edits.push(insert(end, `, ${values}`));
  } else if (driver.values === "replacements") {
    if (!second) edits.push(insert(end, `, { replacements: ${values} }`));
    else if (second.kind() === "object" && !/\b(?:replacements|bind)\b/.test(second.text())) {
      const open = second.children()[0]!;
      edits.push(
        insert(
          { line: open.range().end.line + 1, column: open.range().end.column + 1 },
          ` replacements: ${values},`,
        ),
      );
    } else return undefined;
  } else {
    const statement = preparedCall(call);
    if (second || !statement) return undefined;
    edits.push(insert(statement, values.slice(1, -1)));
  }
  return {
    description: `Pass the values as query parameters (${driver.name} ${driver.placeholder(1)} placeholders)`,
    // The driver now quotes values itself: code that pre-escaped them would see doubled quotes.
    applicability: "suggested",
    edits,
  };
}

/** For db.prepare(sql).all() / .get() / .run(): where its (empty) argument list takes the values. */
function preparedCall(prepare: SgNode) {
  const member = prepare.parent();
  const outer = member?.kind() === "member_expression" ? member.parent() : undefined;
  if (
    !member ||
    outer?.kind() !== "call_expression" ||
    !/^(?:all|get|run|iterate)$/.test(member.field("property")?.text() ?? "")
  )
    return undefined;
  const args = outer.field("arguments")?.children() ?? [];
  if (args.length !== 2 || args[0]?.text() !== "(") return undefined;
  return { line: args[1]!.range().start.line + 1, column: args[1]!.range().start.column + 1 };
}

/** The parts of a template literal, or of a `+` chain of plain strings and values. */
export function queryParts(node: SgNode): { parts: Part[]; quote: string } | undefined {
  if (node.kind() === "template_string") {
    const parts: Part[] = [];
    for (const child of node.children()) {
      const kind = child.kind();
      if (kind === "`") continue;
      if (kind === "template_substitution") {
        const inner = child.children().filter((c) => c.isNamed());
        if (inner.length !== 1) return undefined;
        parts.push({ value: inner[0]!.text() });
      } else if (kind === "string_fragment" || kind === "escape_sequence") parts.push({ sql: child.text() });
      else return undefined;
    }
    return { parts, quote: "`" };
  }
  const pieces = flattenPlus(node);
  if (pieces.length < 2) return undefined;
  const parts: Part[] = [];
  let quote: string | undefined;
  for (const piece of pieces) {
    if (piece.kind() === "string") {
      const q = piece.text()[0]!;
      const body = piece.text().slice(1, -1);
      if ((quote !== undefined && q !== quote) || body.includes("\\")) return undefined;
      quote = q;
      parts.push({ sql: body });
    } else if (piece.kind() === "template_string") return undefined;
    else parts.push({ value: piece.text() });
  }
  return quote === undefined ? undefined : { parts, quote };
}

function flattenPlus(node: SgNode): SgNode[] {
  if (node.kind() !== "binary_expression" || node.field("operator")?.text() !== "+") return [node];
  const left = node.field("left");
  const right = node.field("right");
  return left && right ? [...flattenPlus(left), ...flattenPlus(right)] : [node];
}
