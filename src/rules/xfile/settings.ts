import type { SgNode } from "@ast-grep/napi";
import type { FindingDraft } from "../../core/finding.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import {
  constValueOf,
  hasImport,
  member,
  type ConstValue,
  type ImportedName,
} from "../js/dataflow/const-value.js";
import { readJsModule } from "./js-module.js";
import type { RuleContext } from "../define-rule.js";
import type { ModuleResolver } from "./link.js";
import type { FileSummary, SettingFact } from "./summary.js";

/**
 * Settings defined in one module and applied in another: a cookie's options
 * or a session's configuration exported by `settings.js` and passed to
 * `res.cookie()` / `session()` in `app.js`. The rule notes the place that
 * applies them with what it can see (a ConstValue with the imports left
 * open); the summary carries each module's exported values; the review fills
 * the imports in and runs the rule's check here, reporting at the place that
 * applies the settings and naming where they are defined.
 */

/**
 * What a check reads in the settings: the flags of a cookie, of a session
 * cookie, or of express-session's `cookie` block; or a switch that must not
 * be the literal "development" (an environment name) or `true` (a debug flag).
 */
export type SettingCheck = SettingFact["check"];

/** A place that applies settings, as a rule noted it in this file's run. */
export interface NotedSetting {
  readonly ruleId: string;
  readonly at: SgNode;
  readonly check: SettingCheck;
  readonly value: ConstValue;
  /** The cookie's name, "session" for a session's, for messages. */
  readonly what: string;
}

const KEY = "xfile-settings";

export function noteSetting(ctx: RuleContext, setting: Omit<NotedSetting, "ruleId">): void {
  ctx.memo<NotedSetting[]>(KEY, () => []).push({ ...setting, ruleId: ctx.rule.id });
}

export function notedSettings(memo: ReadonlyMap<string, unknown>): readonly NotedSetting[] {
  return (memo.get(KEY) as NotedSetting[] | undefined) ?? [];
}

/** An object whose every key is known: a key it lacks is absent, not hidden in a spread of unknown content. */
function closed(value: ConstValue): boolean {
  return value.kind === "object" && (value.spreads ?? []).every(closed);
}

/** The object surely lacks `key`: no own key, and no spread that may hold it. */
function absent(value: ConstValue, key: string): boolean {
  return (
    closed(value) &&
    value.kind === "object" &&
    !(key in value.props) &&
    (value.spreads ?? []).every((s) => absent(s, key))
  );
}

/**
 * The flags the settings leave off, or undefined when they cannot tell (built
 * elsewhere). A flag computed from the environment (`secure: isProduction`)
 * is a choice, not a leftover. Secure must be on; HttpOnly must not be off,
 * and for a plain cookie must be given (a session middleware defaults it on).
 */
export function missingFlags(check: SettingCheck, value: ConstValue): string[] | undefined {
  if (check === "express-session") {
    if (absent(value, "cookie")) return ["Secure"];
    return missingFlags("session-cookie", member(value, "cookie"));
  }
  if (value.kind !== "object") return undefined;
  const off = (flag: string): boolean => member(value, flag).kind === "false" || absent(value, flag);
  const missing: string[] = [];
  if (off("secure")) missing.push("Secure");
  if (member(value, "httpOnly").kind === "false" || (check === "cookie" && off("httpOnly")))
    missing.push("HttpOnly");
  return missing;
}

/**
 * What is wrong with the settings, in words for the message (`without Secure
 * and HttpOnly`, `"development"`), or undefined when nothing is or the value
 * cannot tell.
 */
export function settingProblem(check: SettingCheck, value: ConstValue): string | undefined {
  if (check === "development")
    return value.kind === "string" && value.value === "development" ? '"development"' : undefined;
  if (check === "true") return value.kind === "true" ? "true" : undefined;
  const missing = missingFlags(check, value);
  return missing === undefined || missing.length === 0 ? undefined : `without ${missing.join(" and ")}`;
}

/** What an options expression in this file is, with the file's imports of its own modules left open. */
export function settingValue(ctx: RuleContext, node: SgNode): ConstValue {
  const imported = ctx.memo<ReadonlyMap<string, ImportedName>>("js-module-bindings", () =>
    ctx.root ? readJsModule(ctx.root).bindings : new Map(),
  );
  return constValueOf(node, imported);
}

/**
 * The check of settings written apart from the place that applies them:
 * `report` gets the problem when the file's own declarations show it; when
 * they name another module's export, the place is noted for the review,
 * which reports it the same way once the module is known (settingFindings).
 */
export function checkSetting(
  ctx: RuleContext,
  at: SgNode,
  node: SgNode,
  check: SettingCheck,
  what: string,
  report: (problem: string) => void,
): void {
  const value = settingValue(ctx, node);
  if (hasImport(value)) {
    noteSetting(ctx, { at, check, value, what });
    return;
  }
  const problem = settingProblem(check, value);
  if (problem !== undefined) report(problem);
}

/**
 * The values a module exports that settings may be read from: objects, and
 * functions that return one. Keys as in ImportRef: `default` for
 * `module.exports` / `export default`, the name of a named export.
 */
export function exportedValues(
  root: SgNode,
  imported: ReadonlyMap<string, ImportedName>,
): Record<string, ConstValue> {
  const out: Record<string, ConstValue> = {};
  const keep = (key: string, node: SgNode | null | undefined): void => {
    if (!node) return;
    const value = constValueOf(node, imported);
    // Scalars too: `export const DEBUG = true` is a switch another module reads by name.
    if (["object", "returns", "true", "false", "string"].includes(value.kind)) out[key] = value;
  };
  for (const statement of root.children()) {
    const kind = statement.kind();
    if (kind === "export_statement") {
      const isDefault = statement.children().some((c) => c.kind() === "default");
      const declaration = statement.field("declaration");
      const value = statement.field("value");
      if (isDefault) keep("default", declaration ?? value);
      else if (declaration?.kind() === "function_declaration")
        keep(declaration.field("name")?.text() ?? "", declaration.field("name"));
      else if (declaration)
        for (const declarator of declaration.namedChildren()) {
          const name = declarator.field("name");
          if (declarator.kind() === "variable_declarator" && name?.kind() === "identifier")
            keep(name.text(), declarator.field("value"));
        }
      const clause = statement.namedChildren().find((c) => c.kind() === "export_clause");
      for (const spec of clause?.namedChildren() ?? []) {
        const local = spec.field("name");
        keep(spec.field("alias")?.text() ?? local?.text() ?? "", local);
      }
    } else if (kind === "expression_statement") {
      const assignment = statement.namedChildren()[0];
      if (assignment?.kind() !== "assignment_expression") continue;
      const left = assignment.field("left")?.text().replace(/\s+/g, "");
      const right = assignment.field("right");
      if (left === "module.exports") keep("default", right);
      const name = /^(?:module\.)?exports\.([\w$]+)$/.exec(left ?? "")?.[1];
      if (name !== undefined) keep(name, right);
    }
  }
  delete out[""];
  return out;
}

/** How many modules deep an import inside imported settings is followed. */
const DEPTH = 3;

/** The value with each import filled in from the module it names, as far as the summaries know it. */
function resolved(
  value: ConstValue,
  file: string,
  byPath: ReadonlyMap<string, FileSummary>,
  resolve: ModuleResolver,
  from: string[],
  depth = DEPTH,
): ConstValue {
  if (value.kind === "returns")
    return { kind: "returns", value: resolved(value.value, file, byPath, resolve, from, depth) };
  if (value.kind === "object") {
    const props: Record<string, ConstValue> = {};
    for (const [k, v] of Object.entries(value.props))
      props[k] = resolved(v, file, byPath, resolve, from, depth);
    const spreads = (value.spreads ?? []).map((s) => resolved(s, file, byPath, resolve, from, depth));
    return spreads.length === 0 ? { kind: "object", props } : { kind: "object", props, spreads };
  }
  if (value.kind !== "import" || depth <= 0) return value.kind === "import" ? { kind: "unknown" } : value;
  const target = resolve(file, value.specifier, "js");
  const values = target === undefined ? undefined : byPath.get(target)?.values;
  if (target === undefined || values === undefined) return { kind: "unknown" };
  let found: ConstValue = { kind: "unknown" };
  if (value.keys.length === 0) {
    // A namespace import: the module's exports are its members.
    found = { kind: "object", props: values, spreads: [{ kind: "unknown" }] };
  }
  for (const key of value.keys) {
    const dotted = /^default\.(.+)$/.exec(key)?.[1];
    const candidate =
      dotted === undefined ? values[key] : values.default ? member(values.default, dotted) : undefined;
    if (candidate !== undefined && candidate.kind !== "unknown") {
      found = candidate;
      break;
    }
  }
  for (const key of value.path) found = member(found, key);
  if (value.call) found = found.kind === "returns" ? found.value : { kind: "unknown" };
  if (found.kind === "unknown") return found;
  if (!from.includes(target)) from.push(target);
  return resolved(found, target, byPath, resolve, from, depth - 1);
}

/**
 * Findings for settings applied in one file and defined in another: one per
 * noted place whose filled-in settings leave a flag off, at that place.
 */
export function settingFindings(
  summaries: readonly FileSummary[],
  rules: readonly RuleMeta[],
  resolve: ModuleResolver,
): FindingDraft[] {
  const byPath = new Map(summaries.map((s) => [s.path, s]));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: FindingDraft[] = [];
  for (const summary of summaries) {
    for (const setting of summary.settings ?? []) {
      const rule = byId.get(setting.ruleId);
      if (!rule) continue;
      const from: string[] = [];
      const value = resolved(setting.value, summary.path, byPath, resolve, from);
      const problem = settingProblem(setting.check, value);
      if (problem === undefined || from.length === 0) continue;
      const cookie = !["development", "true"].includes(setting.check);
      out.push({
        ruleId: rule.id,
        file: summary.path,
        range: setting.range,
        severity: rule.severity,
        category: rule.category,
        title: rule.title,
        description: cookie
          ? `The ${setting.what} cookie is set ${problem}: its options come from ${from.join(", ")}. ${rule.why}`
          : `${setting.what} is ${problem}, as ${from.join(", ")} sets it for every environment. ${rule.why}`,
        recommendation: rule.howToFix,
        cwe: [...new Set([rule.cwe[0] ?? "", ...(problem.includes("HttpOnly") ? ["CWE-1004"] : [])])],
        confidence: rule.confidence,
        source: "rules",
        ...(rule.family === undefined ? {} : { family: rule.family }),
      });
    }
  }
  return out;
}
