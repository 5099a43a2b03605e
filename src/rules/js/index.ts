import type { Rule } from "../define-rule.js";
import assignmentInCondition from "./assignment-in-condition.js";
import asyncPromiseExecutor from "./async-promise-executor.js";
import awaitInLoop from "./await-in-loop.js";
import codeInjection from "./code-injection.js";
import commandInjection from "./command-injection.js";
import debugMode from "./debug-mode.js";
import domXss from "./dom-xss.js";
import emptyCatch from "./empty-catch.js";
import floatingPromise from "./floating-promise.js";
import forInArray from "./for-in-array.js";
import hardcodedCredentials from "./hardcoded-credentials.js";
import insecureCookie from "./insecure-cookie.js";
import insecureDeserialization from "./insecure-deserialization.js";
import insecureRandom from "./insecure-random.js";
import invalidTypeof from "./invalid-typeof.js";
import ldapInjection from "./ldap-injection.js";
import looseEquality from "./loose-equality.js";
import newArrayForeach from "./new-array-foreach.js";
import nosqlInjection from "./nosql-injection.js";
import openRedirect from "./open-redirect.js";
import pathTraversal from "./path-traversal.js";
import prototypePollution from "./prototype-pollution.js";
import reactDangerousHtml from "./react-dangerous-html.js";
import redos from "./redos.js";
import reflectedXss from "./reflected-xss.js";
import regexInjection from "./regex-injection.js";
import selfComparison from "./self-comparison.js";
import sqlInjection from "./sql-injection.js";
import ssrf from "./ssrf.js";
import stringConcatInLoop from "./string-concat-in-loop.js";
import tlsVerificationDisabled from "./tls-verification-disabled.js";
import trustBoundary from "./trust-boundary.js";
import unreachableCode from "./unreachable-code.js";
import weakCipher from "./weak-cipher.js";
import weakHash from "./weak-hash.js";
import xpathInjection from "./xpath-injection.js";
import xxe from "./xxe.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [
  assignmentInCondition,
  asyncPromiseExecutor,
  awaitInLoop,
  codeInjection,
  commandInjection,
  debugMode,
  domXss,
  emptyCatch,
  floatingPromise,
  forInArray,
  hardcodedCredentials,
  insecureCookie,
  insecureDeserialization,
  insecureRandom,
  invalidTypeof,
  ldapInjection,
  looseEquality,
  newArrayForeach,
  nosqlInjection,
  openRedirect,
  pathTraversal,
  prototypePollution,
  reactDangerousHtml,
  redos,
  reflectedXss,
  regexInjection,
  selfComparison,
  sqlInjection,
  ssrf,
  stringConcatInLoop,
  tlsVerificationDisabled,
  trustBoundary,
  unreachableCode,
  weakCipher,
  weakHash,
  xpathInjection,
  xxe,
];
