import type { Rule } from "../define-rule.js";
import commandInjection from "./command-injection.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [commandInjection];
