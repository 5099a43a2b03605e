import type { SgNode } from "@ast-grep/napi";
import type { SinkKind } from "./taint.js";

/**
 * A validator the application wrote itself (`is_local_url(target)`,
 * `allowed_service(url)`): a module-level def of the reviewed file whose body
 * shows what it checks. The engine never trusts a predicate for its name
 * alone (issue 13: a check that `includes` a trusted host is still open);
 * what counts is the check in its body, read here once per def.
 *
 * A URL check guards a redirect or an outbound request when the def parses
 * the URL and then either pins the host (`parts.hostname in ALLOWED`,
 * `host == DOMAIN`) or requires it to be absent (`not parts.netloc`, a path on
 * this site). A host tested as a substring (`DOMAIN in netloc`) or a prefix
 * check alone (`target.startswith("/")`, which `//evil.example` passes) does not.
 */

/** Parses the value as a URL: urlsplit / urlparse, from any import spelling. */
const PARSES_URL = /\burl(?:split|parse)\s*\(/;
/** The parsed host compared whole: `hostname in ALLOWED`, `netloc == HOST`, `host != x`, `== parts.hostname`. */
const HOST_PINNED =
  /\b(?:hostname|netloc|host)\s*(?:\)\s*)?(?:not\s+in|in|==|!=)\s*[\w([{"']|(?:==|!=)\s*(?:\w+\.)*(?:hostname|netloc|host)\b/;
/** The parsed host refused unless listed: `hostname not in ALLOWED`, `netloc != HOST` (the branch that raises). */
const HOST_REFUSED = /\b(?:hostname|netloc|host)\s*(?:\)\s*)?(?:not\s+in|!=)\s*[\w([{"']/;
/** The host required to be empty: a path on this site. */
const HOST_ABSENT = /\bnot\s+(?:\w+\.)*netloc\b|\bnetloc\s*(?:==|!=)\s*["']{2}/;
/** The host searched as a substring: `DOMAIN in netloc`, `"example.org" in host`. */
const HOST_SUBSTRING = /\bin\s+(?:\(\s*)?(?:\w+\.)*(?:hostname|netloc|host)\b/;

/** Verdicts by def: FileFlow hands out one node object per def, so a file's guards read each body once. */
const predicateVerdicts = new WeakMap<SgNode, readonly SinkKind[]>();
const assertionVerdicts = new WeakMap<SgNode, readonly SinkKind[]>();

/**
 * The sink kinds a call to this same-file predicate makes its first argument
 * safe for where it returns true; empty when the predicate is not known to guard.
 */
export function predicateGuards(def: SgNode): readonly SinkKind[] {
  let verdict = predicateVerdicts.get(def);
  if (verdict === undefined) {
    const body = def.text();
    verdict = urlCheck(body) ? ["url", "redirect"] : publicAddressCheck(body) ? ["url"] : [];
    predicateVerdicts.set(def, verdict);
  }
  return verdict;
}

/** The host resolved and each address checked for a public one: no request to an internal service. */
const RESOLVES_HOST = /\b(?:getaddrinfo|gethostbyname(?:_ex)?|ip_address|ip_network)\s*\(/;
const ADDRESS_CLASS = /\.is_(?:global|private|loopback|link_local|reserved|multicast|unspecified)\b/;

function publicAddressCheck(body: string): boolean {
  return RESOLVES_HOST.test(body) && ADDRESS_CLASS.test(body);
}

/**
 * `ensure_public(url)` as a statement: a same-file def that raises unless its
 * argument passes the check, so the code after the call only sees values that
 * passed. The sink kinds it makes its first argument safe for; empty when not
 * known to guard.
 */
export function assertionGuards(def: SgNode): readonly SinkKind[] {
  let verdict = assertionVerdicts.get(def);
  if (verdict === undefined) {
    const body = def.text();
    const raises = /\braise\b/.test(body);
    verdict =
      raises && urlCheck(body) && HOST_REFUSED.test(body)
        ? ["url", "redirect"]
        : raises && publicAddressCheck(body)
          ? ["url"]
          : [];
    assertionVerdicts.set(def, verdict);
  }
  return verdict;
}

/**
 * A host refused by its look rather than admitted by name: `host.startswith("10.")`,
 * or `return not (host == "localhost" or ...)`. Such a block-list lets every other
 * internal name and address spelling through (`127.1`, `0x7f000001`, a DNS name).
 */
const HOST_PREFIXED = /\b(?:hostname|netloc|host)\s*\.\s*startswith\s*\(/;
const RETURNS_NOT = /^return\s+not\s*\(/;
const HOST_EQUALS = /\b(?:hostname|netloc|host)\s*==/;

function hostBlocked(body: string): boolean {
  if (HOST_PREFIXED.test(body)) return true;
  return body.split("\n").some((line) => {
    const text = line.trim();
    return RETURNS_NOT.test(text) && HOST_EQUALS.test(text);
  });
}

function urlCheck(body: string): boolean {
  if (!PARSES_URL.test(body) || HOST_SUBSTRING.test(body)) return false;
  return (HOST_PINNED.test(body) && !hostBlocked(body)) || HOST_ABSENT.test(body);
}

/**
 * A helper that hands back a redirect target it has checked (`safe_next(url,
 * default)`, `clean_next(value)`): it parses the URL and either pins the host
 * or requires it absent (as a predicate would), or leaves (`return "/"`,
 * `raise`) on a line whose `if` tests that a host is there
 * (`if parts.scheme or parts.netloc: return default`). What it returns past
 * that check leads to this site, so the cross-file summary marks its result
 * safe for a redirect (src/rules/xfile/py-summary.ts).
 */
export function redirectCleaner(body: string): boolean {
  if (!PARSES_URL.test(body) || HOST_SUBSTRING.test(body)) return false;
  return HOST_PINNED.test(body) || HOST_ABSENT.test(body) || leavesWhenHostPresent(body);
}

/** An `if` that tests `x.netloc` as present (not under a `not`), whose branch returns or raises. */
function leavesWhenHostPresent(body: string): boolean {
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("if ") || !line.includes(".netloc")) continue;
    const colon = line.lastIndexOf(":");
    if (colon < 0) continue;
    const cond = line.slice(3, colon);
    if (!netlocTestedPresent(cond)) continue;
    const after = line.slice(colon + 1).trim() || (lines[i + 1] ?? "").trim();
    if (after.startsWith("return") || after.startsWith("raise")) return true;
  }
  return false;
}

/** Each `.netloc` in `cond` read as "there is a host": an operand of `or`/`and` or the whole test, never after `not`. */
function netlocTestedPresent(cond: string): boolean {
  let found = false;
  for (const operand of cond.replace(/\s+/g, " ").split(" or ")) {
    const term = operand.trim();
    if (!term.includes(".netloc")) continue;
    if (!/^(?:\w+\.)+netloc$/.test(term)) return false;
    found = true;
  }
  return found;
}
