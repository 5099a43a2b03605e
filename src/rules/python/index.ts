import type { Rule } from "../define-rule.js";
import assertOnTuple from "./assert-on-tuple.js";
import codeInjection from "./code-injection.js";
import commandInjection from "./command-injection.js";
import compareToNone from "./compare-to-none.js";
import debugMode from "./debug-mode.js";
import hardcodedCredentials from "./hardcoded-credentials.js";
import insecureCookie from "./insecure-cookie.js";
import insecureDeserialization from "./insecure-deserialization.js";
import insecureRandom from "./insecure-random.js";
import ldapInjection from "./ldap-injection.js";
import lenComparison from "./len-comparison.js";
import literalIdentityComparison from "./literal-identity-comparison.js";
import mutableDefaultArgument from "./mutable-default-argument.js";
import nosqlInjection from "./nosql-injection.js";
import openRedirect from "./open-redirect.js";
import pathTraversal from "./path-traversal.js";
import redos from "./redos.js";
import selfComparison from "./self-comparison.js";
import shadowedBuiltin from "./shadowed-builtin.js";
import sqlInjection from "./sql-injection.js";
import ssrf from "./ssrf.js";
import stringConcatInLoop from "./string-concat-in-loop.js";
import swallowedException from "./swallowed-exception.js";
import tlsVerificationDisabled from "./tls-verification-disabled.js";
import trustBoundary from "./trust-boundary.js";
import unreachableCode from "./unreachable-code.js";
import weakCipher from "./weak-cipher.js";
import weakHash from "./weak-hash.js";
import xpathInjection from "./xpath-injection.js";
import xss from "./xss.js";
import xxe from "./xxe.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [
  // security, data flow
  commandInjection,
  sqlInjection,
  codeInjection,
  nosqlInjection,
  ldapInjection,
  xpathInjection,
  xss,
  pathTraversal,
  ssrf,
  openRedirect,
  insecureDeserialization,
  trustBoundary,
  redos,
  // security, configuration and API choice
  xxe,
  weakHash,
  weakCipher,
  insecureRandom,
  insecureCookie,
  tlsVerificationDisabled,
  hardcodedCredentials,
  debugMode,
  // quality
  compareToNone,
  mutableDefaultArgument,
  swallowedException,
  literalIdentityComparison,
  selfComparison,
  unreachableCode,
  shadowedBuiltin,
  assertOnTuple,
  stringConcatInLoop,
  lenComparison,
];
