import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { checkSinkValues, flowOf } from "./dataflow/flow.js";

const meta = {
  id: "js/react-dangerous-html",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-79", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "Untrusted data in dangerouslySetInnerHTML",
  description:
    "A React element's dangerouslySetInnerHTML={{ __html: ... }} receives data from the URL, a request, a message or the network without sanitising it.",
  why: "React escapes everything except this prop: the string is inserted as raw HTML, so attacker markup runs as script in the user's session.",
  howToFix:
    "Render the value as a child ({value}) so React escapes it; if it really is HTML (Markdown output, CMS content), pass it through DOMPurify.sanitize() first.",
  references: [
    "https://cwe.mitre.org/data/definitions/79.html",
    "https://react.dev/reference/react-dom/components/common#dangerously-setting-the-inner-html",
  ],
  fixable: false,
  family: "xss",
  // Operator-only flows (docs/trust-levels.md): markup the operator configures is the site's own content.
  operatorFlows: "ignore",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !text.includes("dangerouslySetInnerHTML")) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  // `{ __html: x }` given to the prop, in JSX (<div dangerouslySetInnerHTML={{ __html: x }} />)
  // or in createElement("div", { dangerouslySetInnerHTML: { __html: x } }); the TypeScript
  // grammar has no JSX kinds, so the owner is checked by walking up instead of by kind.
  const htmlValues = root
    .findAll({ rule: { kind: "pair", has: { field: "key", regex: "^[\"']?__html[\"']?$" } } })
    .filter((pair) => {
      const owner = pair.parent()?.parent();
      const ownerKind = String(owner?.kind() ?? "");
      if (ownerKind === "pair") return /^["']?dangerouslySetInnerHTML/.test(owner?.text() ?? "");
      if (ownerKind === "jsx_expression")
        return /^dangerouslySetInnerHTML/.test(owner?.parent()?.text() ?? "");
      return false;
    });
  for (const pair of htmlValues) {
    const value = pair.field("value");
    if (!value) continue;
    checkSinkValues(ctx, engine, meta, pair, [value], {
      kind: "xss",
      sink: "dangerouslySetInnerHTML",
      reportUnknown: true,
    });
  }
});
