import type { SgNode } from "@ast-grep/napi";
import type { Fix } from "../../core/fix.js";
import type { RuleMatch } from "../define-rule.js";
import { asKind, insert, keywordArguments, replace } from "./edits.js";

/** lxml XMLParser keywords and the value that keeps entities and the network out. */
const LXML_SAFE: Readonly<Record<string, string>> = {
  resolve_entities: "False",
  no_network: "True",
  load_dtd: "False",
};

/**
 * lxml's XMLParser(resolve_entities=True, ...) → resolve_entities=False,
 * no_network=True, load_dtd=False (the risky values flipped; resolve_entities
 * added when absent, since lxml resolves by default); a SAX parser's
 * setFeature(feature_external_ges, True) → False.
 */
export function pyXmlEntitiesOff({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call"]);
  const fn = call?.field("function")?.text() ?? "";
  const args = call?.field("arguments");
  if (!call || !args) return undefined;
  if (/(?:^|\.)setFeature$/.test(fn)) {
    const value = args.children().filter((c) => c.isNamed())[1];
    if (!value || !/^(?:True|1)$/.test(value.text())) return undefined;
    return {
      description: "Turn external entity resolution off",
      applicability: "suggested",
      edits: [replace(value, value.text() === "1" ? "0" : "False")],
    };
  }
  if (!/(?:^|\.)(?:XMLParser|makeparser)$/.test(fn)) return undefined;
  const keywords = keywordArguments(call);
  const edits = [...keywords]
    .filter(([name, value]) => LXML_SAFE[name] !== undefined && value.text() !== LXML_SAFE[name])
    .map(([name, value]) => replace(value, LXML_SAFE[name]!));
  if (!keywords.has("resolve_entities")) {
    const added = addKeyword(args, "resolve_entities=False");
    if (!added) return undefined;
    edits.push(added);
  }
  if (edits.length === 0) return undefined;
  return {
    description:
      "Create the parser with entities and the network off (resolve_entities=False, no_network=True)",
    // Documents that rely on their own entities or DTD defaults now parse differently: a person confirms.
    applicability: "suggested",
    edits,
  };
}

/** Inserts `text` as the last argument of an argument list. */
function addKeyword(args: SgNode, text: string) {
  const children = args.children();
  const close = children.at(-1);
  if (close?.text() !== ")") return undefined;
  const empty = !children.some((c) => c.isNamed());
  const trailingComma = children.at(-2)?.text() === ",";
  const at = { line: close.range().start.line + 1, column: close.range().start.column + 1 };
  return insert(at, `${empty || trailingComma ? "" : ", "}${text}`);
}

/** libxmljs parseXml(xml, { noent: true }) → { noent: false }. */
export function jsXmlEntitiesOff({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call_expression"]);
  const pairs =
    call
      ?.field("arguments")
      ?.children()
      .filter((a) => a.kind() === "object")
      .flatMap((o) => o.children().filter((p) => p.kind() === "pair")) ?? [];
  const edits = pairs
    .filter(
      // DTD loading stays off too: the fix policy refuses a parser that still fetches external DTDs.
      (p) =>
        /^["']?(?:noent|dtdload)["']?$/.test(p.field("key")?.text() ?? "") &&
        p.field("value")?.text() === "true",
    )
    .map((p) => replace(p.field("value")!, "false"));
  if (edits.length === 0) return undefined;
  return {
    description:
      "Leave external entities unexpanded and external DTDs unloaded (noent: false, dtdload: false)",
    applicability: "suggested",
    edits,
  };
}
