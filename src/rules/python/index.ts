import type { Rule } from "../define-rule.js";
import codeInjection from "./code-injection.js";
import commandInjection from "./command-injection.js";
import compareToNone from "./compare-to-none.js";
import insecureDeserialization from "./insecure-deserialization.js";
import mutableDefaultArgument from "./mutable-default-argument.js";
import sqlInjection from "./sql-injection.js";
import tlsVerificationDisabled from "./tls-verification-disabled.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [
  commandInjection,
  sqlInjection,
  codeInjection,
  insecureDeserialization,
  tlsVerificationDisabled,
  compareToNone,
  mutableDefaultArgument,
];
