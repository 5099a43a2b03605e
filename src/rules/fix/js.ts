import { asKind, replace } from "./edits.js";
import type { SgNode } from "@ast-grep/napi";
import type { Fix } from "../../core/fix.js";
import type { RuleMatch } from "../define-rule.js";
import { predictableInput, statementOf } from "../shared/predictable.js";

/** { rejectUnauthorized: false } → true. */
export function jsTlsVerification({ node, state }: RuleMatch<SgNode>): Fix | undefined {
  // The finding is anchored on the call that receives the options; the check hands over the option itself.
  const pair = asKind(state ?? node, ["pair"]);
  const value = pair?.field("value");
  if (
    !pair ||
    !value ||
    value.text() !== "false" ||
    !/^["']?rejectUnauthorized["']?$/.test(pair.field("key")?.text() ?? "")
  ) {
    return undefined;
  }
  // Hosts with self-signed certificates will now be refused: a person confirms.
  return {
    description: "Verify TLS certificates (rejectUnauthorized: true)",
    applicability: "suggested",
    edits: [replace(value, "true")],
  };
}

const WEAK_JS = /^(["'`])(md5|sha1|md4|ripemd160)\1$/i;

/** createHash("md5") → createHash("sha256"); not safe: a protocol or stored digest may need the old one. */
export function jsWeakHash({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call_expression"]);
  if (!call || !/(?:^|\.)createHash$/.test(call.field("function")?.text() ?? "")) return undefined;
  const first = call
    .field("arguments")
    ?.children()
    .find((c) => c.isNamed());
  const match = first && WEAK_JS.exec(first.text());
  if (!first || !match) return undefined;
  const quote = match[1]!;
  // A token hashed from the clock or an identity stays guessable with any hash: its fix is a random source.
  if (predictableInput(statementOf(call).text())) return undefined;
  return {
    description: `Use SHA-256 instead of ${match[2]!.toUpperCase()}`,
    applicability: "suggested",
    edits: [replace(first, `${quote}sha256${quote}`)],
  };
}

/** el.innerHTML = value → el.textContent = value, for a value that is not markup. */
export function jsDomXss({ node }: RuleMatch): Fix | undefined {
  const assignment = asKind(node, ["assignment_expression"]);
  const left = assignment?.field("left");
  const property = left?.kind() === "member_expression" ? left.field("property") : undefined;
  const right = assignment?.field("right");
  if (!assignment || !property || property.text() !== "innerHTML" || !right) return undefined;
  // A template or string with tags means markup is intended: textContent would show the tags.
  if (/<[a-z!/]/i.test(right.text())) return undefined;
  return {
    description: "Insert the value as text (textContent), not as HTML",
    applicability: "suggested",
    edits: [replace(property, "textContent")],
  };
}
