import type { Rule } from "../define-rule.js";
import codeInjection from "./code-injection.js";
import commandInjection from "./command-injection.js";
import debugMode from "./debug-mode.js";
import domXss from "./dom-xss.js";
import floatingPromise from "./floating-promise.js";
import hardcodedCredentials from "./hardcoded-credentials.js";
import insecureCookie from "./insecure-cookie.js";
import insecureDeserialization from "./insecure-deserialization.js";
import insecureRandom from "./insecure-random.js";
import ldapInjection from "./ldap-injection.js";
import nosqlInjection from "./nosql-injection.js";
import openRedirect from "./open-redirect.js";
import pathTraversal from "./path-traversal.js";
import prototypePollution from "./prototype-pollution.js";
import reactDangerousHtml from "./react-dangerous-html.js";
import redos from "./redos.js";
import reflectedXss from "./reflected-xss.js";
import regexInjection from "./regex-injection.js";
import sqlInjection from "./sql-injection.js";
import ssrf from "./ssrf.js";
import tlsVerificationDisabled from "./tls-verification-disabled.js";
import trustBoundary from "./trust-boundary.js";
import weakCipher from "./weak-cipher.js";
import weakHash from "./weak-hash.js";
import xpathInjection from "./xpath-injection.js";
import xxe from "./xxe.js";

/** Every built-in rule in this folder; the meta-test checks this list matches the files. */
export const RULES: readonly Rule[] = [
  codeInjection,
  commandInjection,
  debugMode,
  domXss,
  floatingPromise,
  hardcodedCredentials,
  insecureCookie,
  insecureDeserialization,
  insecureRandom,
  ldapInjection,
  nosqlInjection,
  openRedirect,
  pathTraversal,
  prototypePollution,
  reactDangerousHtml,
  redos,
  reflectedXss,
  regexInjection,
  sqlInjection,
  ssrf,
  tlsVerificationDisabled,
  trustBoundary,
  weakCipher,
  weakHash,
  xpathInjection,
  xxe,
];
