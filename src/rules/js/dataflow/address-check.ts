import type { SgNode } from "@ast-grep/napi";
import { JS_NAME_RUNS, namesOneOf } from "../../shared/name-runs.js";
import { isFunctionKind } from "./ast.js";

/*
 * The server-side request forgery defence by address: the host is resolved
 * (dns.lookup / dns.promises.lookup / resolve4 / resolve6) and the request is
 * refused unless the address is a public one, or the client is handed a
 * lookup of its own (got's `dnsLookup`, an agent or undici dispatcher built
 * with `lookup`) that pins the connection to the checked address. Either way
 * the URL may vary but internal hosts are out of reach.
 */

/** Cheap gate: the file resolves host names at all. */
export const RESOLVES_HOSTS = /\b(?:lookup|dnsLookup|resolve4|resolve6)\b/;

/** A call that resolves a host name: `lookup(url.hostname)`, `dns.lookup(host, cb)`, `dns.promises.resolve4(h)`. */
const RESOLVE_CALL = /\b(?:lookup|resolve4|resolve6)\s*\(/;
/** The refusal after the check: a throw, or an error handed to the callback. */
const REFUSES = /\bthrow\b|\(\s*new Error\(/;
/** A lookup handed to the client: `{ lookup }`, `lookup: pinned`, `dnsLookup: publicOnly`. */
const OWN_LOOKUP = /\b(?:lookup|dnsLookup)\b/;

/** A function of the file that resolves a host and refuses some addresses: its name, when it has one. */
function checkerNames(root: SgNode): Set<string> {
  const names = new Set<string>();
  for (const fn of root.findAll({
    rule: {
      any: [{ kind: "function_declaration" }, { kind: "method_definition" }, { kind: "variable_declarator" }],
    },
  })) {
    const body = fn.kind() === "variable_declarator" ? fn.field("value") : fn.field("body");
    if (!body || (fn.kind() === "variable_declarator" && !isFunctionKind(String(body.kind())))) continue;
    const text = body.text();
    if (RESOLVE_CALL.test(text) && REFUSES.test(text)) names.add(fn.field("name")?.text() ?? "");
  }
  names.delete("");
  return names;
}

/**
 * Whether the request made by `call` is guarded by an address check: its
 * options give the client a lookup of its own, or the function making it
 * resolved the host and refused (itself, or through a checker of the file
 * called before the request).
 */
export function addressChecked(call: SgNode, checkers: () => ReadonlySet<string>): boolean {
  const args = call.field("arguments");
  if (args && OWN_LOOKUP.test(args.text())) return true;
  let fn: SgNode | null = call.parent();
  while (fn && !isFunctionKind(String(fn.kind()))) fn = fn.parent();
  if (!fn) return false;
  const whole = fn.text();
  const before = whole.slice(0, Math.max(0, whole.indexOf(call.text())));
  if (RESOLVE_CALL.test(before) && REFUSES.test(before)) return true;
  // A lookup in an options object or agent built earlier in the function (`new Agent({ connect: { lookup } })`).
  if (/\bnew\s+[\w$.]*(?:Agent|Dispatcher|Pool|Client)\s*\(/.test(before) && OWN_LOOKUP.test(before))
    return true;
  const names = checkers();
  return names.size > 0 && namesOneOf(before, [...names], JS_NAME_RUNS);
}

/** The file's address checkers, found once per file when asked. */
export function checkersOf(root: SgNode): () => ReadonlySet<string> {
  let found: Set<string> | undefined;
  return () => (found ??= checkerNames(root));
}
