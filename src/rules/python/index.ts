import type { Rule } from "../define-rule.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [];
