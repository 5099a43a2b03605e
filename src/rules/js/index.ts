import type { Rule } from "../define-rule.js";
import codeInjection from "./code-injection.js";
import commandInjection from "./command-injection.js";
import domXss from "./dom-xss.js";
import floatingPromise from "./floating-promise.js";
import sqlInjection from "./sql-injection.js";
import tlsVerificationDisabled from "./tls-verification-disabled.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [
  codeInjection,
  commandInjection,
  domXss,
  floatingPromise,
  sqlInjection,
  tlsVerificationDisabled,
];
