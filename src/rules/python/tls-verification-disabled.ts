import type { SgNode } from "@ast-grep/napi";
import type { Range } from "../../core/location.js";
import { defineRule } from "../define-rule.js";
import { pyTlsVerification } from "../fix/python.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

const WHY =
  "Without certificate and host-name checks anyone on the network path (public Wi-Fi, a compromised router, a proxy) can impersonate the server, read the traffic and change it, including credentials and tokens.";

/** `verify=False`, `cert_reqs=ssl.CERT_NONE`, `ssl=False` (aiohttp) as call arguments. */
const INSECURE_KWARG =
  "^(?:verify|verify_ssl|ssl|cert_reqs|check_hostname)\\s*=\\s*(?:False|0|(?:ssl\\.)?CERT_NONE|['\"]CERT_NONE['\"])$";

const KWARG_RE = new RegExp(INSECURE_KWARG);
// `session.verify = False` on a requests Session turns checks off for every request it sends.
const ASSIGN =
  "^[\\w.]*(?:check_hostname\\s*=\\s*False|verify_mode\\s*=\\s*(?:ssl\\.)?CERT_NONE|\\.verify\\s*=\\s*False)$";
const ASSIGN_RE = new RegExp(ASSIGN);
const UNVERIFIED = "^ssl\\._create_unverified_context$";
const HINT =
  /(?:verify|verify_ssl|ssl|check_hostname)\s*=\s*(?:False|0)\b|CERT_NONE|_create_unverified_context/;

/**
 * Where a keyword's finding starts: the call it is passed to, when the call
 * begins on an earlier line (`httpx.AsyncClient(\n ... verify=False)`): the
 * connection being made is the finding, the keyword ends its range.
 */
function keywordRange(node: SgNode): Range | undefined {
  const call = node.parent()?.parent();
  if (call?.kind() !== "call") return undefined;
  const start = call.range().start;
  const end = node.range().end;
  if (start.line === node.range().start.line) return undefined;
  return {
    start: { line: start.line + 1, column: start.column + 1 },
    end: { line: end.line + 1, column: end.column + 1 },
  };
}
const QUERY = nodeQuery(
  ["keyword_argument", "attribute", "assignment"],
  [INSECURE_KWARG, UNVERIFIED, ASSIGN].join("|"),
  HINT,
);

export default defineRule(
  {
    id: "py/tls-verification-disabled",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.9,
    cwe: ["CWE-295", "CWE-297"],
    owasp: "A07:2021-Identification and Authentication Failures",
    title: "TLS certificate verification disabled",
    description:
      "A TLS connection is made without checking the server's certificate or host name: verify=False, ssl._create_unverified_context(), CERT_NONE or check_hostname = False.",
    why: WHY,
    howToFix:
      "Remove verify=False and the unverified context. For an internal or self-signed certificate, pass its CA bundle: requests.get(url, verify='/path/ca.pem') or ssl.create_default_context(cafile=...).",
    references: [
      "https://cwe.mitre.org/data/definitions/295.html",
      "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification",
      "https://docs.python.org/3/library/ssl.html#security-considerations",
    ],
    fixable: true,
    family: "tls-verification",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      const kind = node.kind();
      const text = node.text();
      if (kind === "keyword_argument" && KWARG_RE.test(text)) {
        const check = text.startsWith("check_hostname");
        const range = keywordRange(node);
        ctx.report({
          node,
          ...(range === undefined ? {} : { range }),
          message: `The call passes ${text}, which turns off ${check ? "host-name" : "certificate"} checks. ${WHY}`,
          ...(check ? { extraCwe: ["CWE-297"] } : {}),
        });
      } else if (kind === "attribute" && text === "ssl._create_unverified_context") {
        ctx.report({
          node,
          message: `ssl._create_unverified_context makes a context that accepts any certificate. ${WHY}`,
        });
      } else if (kind === "assignment" && ASSIGN_RE.test(text)) {
        const check = text.includes("check_hostname");
        const session = /\.verify\s*=/.test(text);
        ctx.report({
          node,
          message: `${text} turns off ${check ? "host-name" : "certificate"} checks on this ${session ? "HTTP session" : "SSL context"}. ${WHY}`,
          ...(check ? { extraCwe: ["CWE-297"] } : {}),
        });
      }
    }
  },
  pyTlsVerification,
);
