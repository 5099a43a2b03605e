import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";
import { verifiedBefore } from "./dataflow/verified-before.js";
import { preferenceKind, sessionKeyOf } from "../shared/session-keys.js";

const WHY =
  "The session is where the server keeps what it has verified (who the user is, their role); copying unchecked request data into it lets later code trust a value the user chose.";

const SESSION_TARGET = /^(?:(?:flask\.)?session|(?:self\.)?request\.session)\s*\[/;
/** `str(x)[:20]`: the value cut down to a short plain string. */
const BOUNDED_TEXT = /^str\([^\n]{0,200}\)\[\s*(?:0\s*)?:\s*\d+\s*\]$/;
const QUERY = nodeQuery(
  ["assignment"],
  "^(?:flask\\.)?(?:self\\.)?(?:request\\.)?session\\s*\\[",
  /session\s*\[[^[\]\n]*\]\s*=[^=]/,
);

export default defineRule(
  {
    id: "py/trust-boundary",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.75,
    cwe: ["CWE-501"],
    owasp: "A04:2021-Insecure Design",
    title: "Untrusted input stored in the session",
    description:
      "A value from the request is written into the server-side session (Flask session[...] or Django request.session[...]) without validation.",
    why: WHY,
    howToFix:
      "Validate the value (type, allowed values, ownership) before storing it, or store only what the server derived itself, such as the id of the user it authenticated.",
    references: ["https://cwe.mitre.org/data/definitions/501.html"],
    fixable: false,
    family: "trust-boundary",
    // Operator-only flows (docs/trust-levels.md): a session value the operator sets is not data crossing a trust boundary.
    operatorFlows: "ignore",
    // A value read from the server's own database (the signed-in user's id) is what a session is for.
    storedFlows: "ignore",
  },
  (ctx) => {
    const nodes = candidates(ctx, QUERY).filter(
      (n) => n.kind() === "assignment" && SESSION_TARGET.test(n.text()),
    );
    if (nodes.length === 0) return;
    const flow = flowOf(ctx);
    for (const node of nodes) {
      const target = node.field("left")?.text() ?? "";
      const value = node.field("right");
      // A theme, or a nickname cut to a short string, is the user's to pick: nothing later trusts it.
      const kind = preferenceKind(sessionKeyOf(target) ?? "");
      if (kind === "preference" || (kind === "display-name" && BOUNDED_TEXT.test(value?.text() ?? "")))
        continue;
      // What a lookup returned for the input (`find_account(email).id`) is the server's record, not the input.
      const arriving = flow.valueOf(node).filter((o) => o.derived !== true);
      const verdict = verdictFor(flow, arriving, "session", { built: 0.3, direct: 0.3 });
      if (verdict && value && verifiedBefore(node, value)) continue;
      if (verdict) reportFlow(ctx, node, verdict, "The session stores a value from", WHY);
    }
  },
);
