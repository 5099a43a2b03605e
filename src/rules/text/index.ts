import type { Rule } from "../define-rule.js";
import highEntropySecret from "./high-entropy-secret.js";
import knownToken from "./known-token.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [knownToken, highEntropySecret];
