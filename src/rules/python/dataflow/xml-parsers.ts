import type { SgNode } from "@ast-grep/napi";
import { assignedTo } from "./bindings.js";
import { callArguments } from "./call-arguments.js";

/**
 * Where an XML parser configured to resolve entities is used. A parser's
 * configuration (lxml `XMLParser(resolve_entities=True)`, a SAX parser's
 * `setFeature(feature_external_ges, True)`) is harmless until a document is
 * parsed with it: the vulnerability happens at that parse call, so the rule
 * reports there and names the configuration as evidence (docs/rules/py-xxe.md).
 */
export interface RiskyParser {
  /** The calls that configure the parser to resolve entities: one construction, or several setFeature calls. */
  readonly config: readonly SgNode[];
  /** The names the parser is held in: `parser`, `_PARSER`, `self._parser`. */
  readonly holder: string | undefined;
  /** The function that returns it (`def _parser(): return etree.XMLParser(...)`), called to get one. */
  readonly factory: string | undefined;
  /** The function a local holder is bound in; undefined for module-level and `self.` holders. */
  readonly scope: SgNode | undefined;
  /** What the configuration turns on, for messages: "resolve_entities=True". */
  readonly what: string;
}

/** Functions that parse a document and take the parser as their second argument or `parser=`. */
const PARSE_FUNCTION = /(?:^|\.)(?:fromstring|fromstringlist|XML|XMLID|parse|parseString|iterparse)$/;
/** `xml.sax.parse(source, handler)`: the second argument is a content handler, not a parser. */
const SAX_MODULE_PARSE = /^xml\.sax\.(?:parse|parseString)$/;
/** Methods of a parser object that read a document: SAX `parser.parse(stream)`, lxml `parser.feed(data)`. */
const PARSER_METHODS = new Set(["parse", "feed"]);

function enclosingFunction(node: SgNode): SgNode | undefined {
  for (let p = node.parent(); p !== null; p = p.parent()) {
    if (p.kind() === "function_definition") return p;
  }
  return undefined;
}

function functionName(fn: SgNode | undefined): string | undefined {
  return fn?.field("name")?.text();
}

/** True when `fn` ends with `return <name>` (a factory handing out the parser it configured). */
function returnsName(fn: SgNode, name: string): boolean {
  return fn
    .findAll({ rule: { kind: "return_statement" } })
    .some((r) => r.children().some((c) => c.isNamed() && c.text() === name));
}

/**
 * Describes who holds the parser made by `construction` (an XMLParser call):
 * the target of `x = XMLParser(...)`, or the function that returns it.
 */
export function constructedParser(construction: SgNode, what: string): RiskyParser {
  const parent = construction.parent();
  const fn = enclosingFunction(construction);
  if (parent?.kind() === "return_statement") {
    return { config: [construction], holder: undefined, factory: functionName(fn), scope: undefined, what };
  }
  const target = assignedTo(construction);
  const local = target !== undefined && fn !== undefined && !target.includes(".");
  const factory = local && returnsName(fn, target) ? functionName(fn) : undefined;
  return { config: [construction], holder: target, factory, scope: local ? fn : undefined, what };
}

/** Groups `p.setFeature(external…, True)` calls by the parser they configure. */
export function featuredParsers(calls: readonly SgNode[]): RiskyParser[] {
  const groups = new Map<string, { fn: SgNode | undefined; holder: string; config: SgNode[] }>();
  for (const call of calls) {
    const holder = call.field("function")?.field("object")?.text();
    if (holder === undefined) continue;
    const fn = enclosingFunction(call);
    const key = `${String(fn?.range().start.index ?? -1)}\u0000${holder}`;
    const group = groups.get(key) ?? { fn, holder, config: [] };
    group.config.push(call);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ fn, holder, config }) => ({
    config,
    holder,
    factory: fn !== undefined && returnsName(fn, holder) ? functionName(fn) : undefined,
    scope: fn !== undefined && !holder.includes(".") ? fn : undefined,
    what: "external entities",
  }));
}

/**
 * The expressions a call may be parsing with: the receiver of `parser.parse(stream)` /
 * `parser.feed(data)`, and the `parser=` (or second) argument of a parse function.
 */
function parserArguments(call: SgNode, canonical: string): SgNode[] {
  const callee = call.field("function");
  const { positional, keyword } = callArguments(call.field("arguments"));
  const out: SgNode[] = [];
  const method = callee?.kind() === "attribute" ? callee.field("attribute")?.text() : undefined;
  const receiver = callee?.field("object");
  if (method !== undefined && PARSER_METHODS.has(method) && positional.length >= 1 && receiver)
    out.push(receiver);
  if (PARSE_FUNCTION.test(canonical)) {
    const given = keyword.get("parser") ?? (SAX_MODULE_PARSE.test(canonical) ? undefined : positional[1]);
    if (given !== undefined) out.push(given);
  }
  return out;
}

function sameHolder(text: string, parser: RiskyParser, at: SgNode): boolean {
  if (parser.holder === undefined || text !== parser.holder) return false;
  return (
    parser.scope === undefined ||
    enclosingFunction(at)?.range().start.index === parser.scope.range().start.index
  );
}

function callsFactory(node: SgNode, parser: RiskyParser): boolean {
  if (parser.factory === undefined || node.kind() !== "call") return false;
  const name = node
    .field("function")
    ?.text()
    .replace(/^(?:self|cls)\./, "");
  return name === parser.factory && callArguments(node.field("arguments")).positional.length === 0;
}

/**
 * The parse calls of the file that use one of `parsers`, each with the parsers
 * it uses. `canonical` resolves a callee through the file's imports.
 */
export function parsesWith(
  root: SgNode,
  parsers: readonly RiskyParser[],
  canonical: (dotted: string) => string,
): Map<SgNode, RiskyParser[]> {
  const out = new Map<SgNode, RiskyParser[]>();
  if (parsers.length === 0) return out;
  for (const call of root.findAll({ rule: { kind: "call" } })) {
    const callee = call.field("function");
    if (callee === null || !/^[\w.]+$/.test(callee.text())) continue;
    const given = parserArguments(call, canonical(callee.text()));
    const used = parsers.filter((p) =>
      given.some((argument) => sameHolder(argument.text(), p, call) || callsFactory(argument, p)),
    );
    if (used.length > 0) out.set(call, used);
  }
  return out;
}
