import type { Finding } from "../../core/finding.js";
import type { Edit } from "../../core/fix.js";
import { isCodeLanguage, type Language } from "../../core/language.js";
import type { Range } from "../../core/location.js";
import type { EditMap } from "../edit-map.js";
import { policyFor } from "../policy.js";
import { indirectRoutes } from "./indirect-route.js";
import { policyView } from "./policy-view.js";
import { fixRegion } from "./region.js";
import { changedContracts, type Contract } from "./uses.js";
import { nodesIn } from "./walk.js";

export interface ProofSteps {
  /** What the fix changed that other code may rely on (looked up by the ladder when it can). */
  readonly contracts: readonly Contract[];
  readonly noIndirectRoute: boolean;
  readonly policy: boolean;
  readonly reasons: readonly string[];
}

export interface ProofInput {
  readonly language: Language;
  readonly before: string;
  readonly after: string;
  /** The applied edits, in `before` coordinates. */
  readonly edits: readonly Edit[];
  readonly map: EditMap;
  /** Where the finding is in `after`. */
  readonly placeAfter: Range;
  readonly finding: Pick<Finding, "ruleId" | "relatedRules" | "cwe">;
}

/**
 * The two steps that look at what a fix wrote rather than at what the rule
 * still sees: noIndirectRoute (src/fixes/proof/indirect-route.ts) and policy
 * (src/fixes/policy.ts). Both pass trivially for files that are not code.
 */
export function proofSteps(input: ProofInput): ProofSteps {
  if (!isCodeLanguage(input.language))
    return { contracts: [], noIndirectRoute: true, policy: true, reasons: [] };
  const language = input.language;
  const region = fixRegion(input.edits, input.map, input.after);
  const routes = indirectRoutes(language, input.before, input.after, region);
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const h of routes.hits) {
    const text = `indirect route at line ${h.line}: ${h.reason}`;
    if (seen.has(text)) continue;
    seen.add(text);
    if (seen.size <= 5) reasons.push(text);
  }
  const noIndirectRoute = routes.hits.length === 0;

  const found = policyFor([input.finding.ruleId, ...input.finding.relatedRules], input.finding.cwe);
  let policy = true;
  if (found) {
    const place: [number, number] = [input.placeAfter.start.line, input.placeAfter.end.line];
    const view = policyView(nodesIn(routes.after.root, [...region.after, place]));
    for (const check of found.policy.refuses) {
      if (!check.test(view)) continue;
      policy = false;
      reasons.push(`against the ${found.ruleId} fix policy: ${check.refuses}`);
    }
  }
  return { contracts: changedContracts(routes.before, routes.after), noIndirectRoute, policy, reasons };
}
