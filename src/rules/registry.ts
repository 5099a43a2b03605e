import type { RuleMeta } from "../core/rule-meta.js";
import type { Rule } from "./define-rule.js";
import { RULES as JS_RULES } from "./js/index.js";
import { RULES as PYTHON_RULES } from "./python/index.js";
import { RULES as TEXT_RULES } from "./text/index.js";

/** All built-in rules, by folder. */
export const BUILTIN_RULES: readonly Rule[] = [...PYTHON_RULES, ...JS_RULES, ...TEXT_RULES];

export function builtinRuleMetas(): RuleMeta[] {
  return BUILTIN_RULES.map((rule) => rule.meta);
}
