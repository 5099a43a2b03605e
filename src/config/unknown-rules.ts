import { KNOWN_ANALYSERS, type ConfigInput } from "../core/config.js";
import type { Notice } from "../core/review.js";
import { nearestId } from "./nearest-id.js";
import { CONFIG_NOTICE_SOURCE } from "./repository-layer.js";

/**
 * A warning for every id under `rules` that names no rule: a typo there
 * would otherwise leave the rule on without a word. Ids of the form
 * `<analyser>/<id>` belong to that analyser's own rule set and pass.
 */
export function unknownRuleNotices(
  source: string,
  input: ConfigInput,
  ruleIds: ReadonlySet<string>,
): Notice[] {
  const notices: Notice[] = [];
  for (const id of Object.keys(input.rules ?? {})) {
    if (isKnownRuleId(id, ruleIds)) continue;
    const nearest = nearestId(id, ruleIds);
    notices.push({
      level: "warning",
      analyser: CONFIG_NOTICE_SOURCE,
      message: `${source}: unknown rule ${id} under "rules"${nearest ? ` (did you mean ${nearest}?)` : ""}; the setting has no effect`,
    });
  }
  return notices;
}

export function isKnownRuleId(id: string, ruleIds: ReadonlySet<string>): boolean {
  return ruleIds.has(id) || isToolRuleId(id);
}

function isToolRuleId(id: string): boolean {
  const slash = id.indexOf("/");
  if (slash <= 0 || slash === id.length - 1) return false;
  const analyser = id.slice(0, slash);
  return analyser !== "rules" && Object.hasOwn(KNOWN_ANALYSERS, analyser);
}
