import type { SgNode } from "@ast-grep/napi";

/**
 * The value of a string expression built only from literals, or undefined:
 * `"ev" + "al"`, `"".join(["ev", "al"])`, `"lave"[::-1]`,
 * `"lave".split("").reverse().join("")`, `String.fromCharCode(101, 118)`,
 * `chr(101) + chr(118)`, `atob("ZXZhbA==")`, `base64.b64decode("ZXZhbA==")`.
 * Names a fix spells this way are names it hides from a pattern.
 */
export function foldString(node: SgNode, depth = 0): string | undefined {
  if (depth > 12) return undefined;
  const kind = node.kind();
  switch (kind) {
    case "string":
      return literalText(node);
    case "template_string":
      return node.children().some((c) => c.kind() === "template_substitution")
        ? undefined
        : node.text().slice(1, -1);
    case "parenthesized_expression":
      return foldChild(node, depth);
    case "concatenated_string": {
      const parts = node.children().filter((c) => c.isNamed());
      return joinAll(parts.map((p) => foldString(p, depth + 1)));
    }
    case "binary_expression":
    case "binary_operator": {
      const left = node.field("left");
      const right = node.field("right");
      const op =
        node.field("operator")?.text() ??
        node
          .children()
          .find((c) => !c.isNamed())
          ?.text();
      if (!left || !right || op !== "+") return undefined;
      return joinAll([foldString(left, depth + 1), foldString(right, depth + 1)]);
    }
    case "subscript":
      return reversedSlice(node, depth);
    case "call":
    case "call_expression":
      return foldCall(node, depth);
    default:
      return undefined;
  }
}

function foldChild(node: SgNode, depth: number): string | undefined {
  const inner = node.children().find((c) => c.isNamed());
  return inner ? foldString(inner, depth + 1) : undefined;
}

function joinAll(parts: readonly (string | undefined)[]): string | undefined {
  return parts.every((p) => p !== undefined) ? parts.join("") : undefined;
}

/** A plain literal's characters (no interpolation; simple escapes undone). */
function literalText(node: SgNode): string | undefined {
  const children = node.children();
  if (children.some((c) => c.kind() === "interpolation" || c.kind() === "template_substitution"))
    return undefined;
  const pieces = children.filter((c) => c.kind() === "string_content" || c.kind() === "string_fragment");
  if (pieces.length === 0 && children.length > 0) return "";
  if (pieces.length === 0) return node.text().replace(/^[a-zA-Z]*["'`]+|(?<!["'`])["'`]+$/g, "");
  return pieces.map((p) => p.text()).join("");
}

function argumentNodes(call: SgNode): SgNode[] {
  const args = call.field("arguments");
  return args ? args.children().filter((c) => c.isNamed() && c.kind() !== "comment") : [];
}

function reversedSlice(node: SgNode, depth: number): string | undefined {
  const value = node.field("value");
  const slice = node.children().find((c) => c.kind() === "slice");
  if (!value || !slice || slice.text().replace(/\s/g, "") !== "::-1") return undefined;
  const inner = foldString(value, depth + 1);
  return inner === undefined ? undefined : reverse(inner);
}

function foldCall(node: SgNode, depth: number): string | undefined {
  const callee = node.field("function");
  if (!callee) return undefined;
  const args = argumentNodes(node);
  const calleeText = callee.text().replace(/\s/g, "");
  if (calleeText === "chr" && args.length === 1) return charCodes(args);
  if (calleeText === "String.fromCharCode") return charCodes(args);
  if (/^(?:atob|base64\.b64decode|b64decode|base64\.standard_b64decode)$/.test(calleeText) && args[0]) {
    const encoded = foldString(args[0], depth + 1);
    return encoded === undefined ? undefined : Buffer.from(encoded, "base64").toString("latin1");
  }
  const member = callee.kind() === "attribute" || callee.kind() === "member_expression";
  if (!member) return undefined;
  const object = callee.field("object");
  const name = (callee.field("attribute") ?? callee.field("property"))?.text();
  if (!object || !name) return undefined;
  // Python: "sep".join([...]); JavaScript: [...].join("sep").
  if (name === "join" && (object.kind() === "string" || object.kind() === "concatenated_string")) {
    const sep = foldString(object, depth + 1);
    const list = args[0];
    if (sep === undefined || !list) return undefined;
    const items = list.children().filter((c) => c.isNamed());
    const parts = items.map((i) => foldString(i, depth + 1));
    return parts.every((p) => p !== undefined) ? parts.join(sep) : undefined;
  }
  if (name === "join" && object.kind() === "array") {
    const sep = args[0] ? foldString(args[0], depth + 1) : ",";
    const parts = object
      .children()
      .filter((c) => c.isNamed())
      .map((i) => foldString(i, depth + 1));
    return sep !== undefined && parts.every((p) => p !== undefined) ? parts.join(sep) : undefined;
  }
  if (name === "join" && object.kind() === "call_expression") {
    // "lave".split("").reverse().join("")
    const chain = object.text().replace(/\s/g, "");
    const base = object.field("function")?.field("object");
    if (/\.split\((?:""|''|``)\)\.reverse\(\)$/.test(chain) && base?.kind() === "call_expression") {
      const source = base.field("function")?.field("object");
      const text = source ? foldString(source, depth + 1) : undefined;
      return text === undefined ? undefined : reverse(text);
    }
    return undefined;
  }
  if (/^(?:decode|toString|lower|upper|toLowerCase|toUpperCase|strip|trim|concat)$/.test(name)) {
    const base = foldString(object, depth + 1);
    if (base === undefined) {
      // Buffer.from("ZXZhbA==", "base64").toString()
      if (name === "toString" && object.kind() === "call_expression") return bufferFrom(object, depth);
      return undefined;
    }
    if (name === "concat") return joinAll([base, ...args.map((a) => foldString(a, depth + 1))]);
    if (name === "lower" || name === "toLowerCase") return base.toLowerCase();
    if (name === "upper" || name === "toUpperCase") return base.toUpperCase();
    if (name === "strip" || name === "trim") return base.trim();
    return base;
  }
  return undefined;
}

function bufferFrom(call: SgNode, depth: number): string | undefined {
  if (call.field("function")?.text().replace(/\s/g, "") !== "Buffer.from") return undefined;
  const [data, encoding] = argumentNodes(call);
  const text = data ? foldString(data, depth + 1) : undefined;
  const enc = encoding ? foldString(encoding, depth + 1) : "utf8";
  if (text === undefined || enc === undefined) return undefined;
  return enc === "base64" || enc === "hex" ? Buffer.from(text, enc).toString("latin1") : text;
}

function charCodes(args: readonly SgNode[]): string | undefined {
  const codes = args.map((a) => (a.kind() === "integer" || a.kind() === "number" ? Number(a.text()) : NaN));
  return codes.every((c) => Number.isInteger(c) && c >= 0 && c < 0x110000)
    ? String.fromCodePoint(...codes)
    : undefined;
}

/** Names are ASCII: reversing code points is exact for them. */
function reverse(text: string): string {
  return Array.from(text).reverse().join("");
}
