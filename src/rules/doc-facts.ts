import type { RuleMeta } from "../core/rule-meta.js";

/**
 * The facts at the top of a rule's page in docs/rules/, rendered from the
 * rule's metadata so the page cannot disagree with the rule: `npm run
 * docs:rules` writes them, and src/rules/meta.test.ts fails when a page's
 * block differs from what the metadata renders.
 */
export const FACTS_START = "<!-- facts:start (generated from the rule's metadata by npm run docs:rules) -->";
export const FACTS_END = "<!-- facts:end -->";

function cweLink(cwe: string): string {
  const number = cwe.replace(/^CWE-/, "");
  return `[${cwe}](https://cwe.mitre.org/data/definitions/${number}.html)`;
}

export function renderFacts(meta: RuleMeta): string {
  const rows: [string, string][] = [
    ["Category", meta.category],
    ["Severity", meta.severity],
    ["Confidence", String(meta.confidence)],
    ["CWE", meta.cwe.length === 0 ? "none" : meta.cwe.map(cweLink).join(", ")],
  ];
  if (meta.owasp !== undefined) rows.push(["OWASP", meta.owasp]);
  rows.push(["Languages", meta.languages.join(", ")]);
  if (meta.family !== undefined) rows.push(["Family", `\`${meta.family}\``]);
  rows.push(["Fixable", meta.fixable ? "yes" : "no"]);
  return [
    FACTS_START,
    `# ${meta.id}: ${meta.title}`,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    FACTS_END,
  ].join("\n");
}

/** The page's current facts block, or undefined when it has none. */
export function factsBlockOf(page: string): string | undefined {
  const start = page.indexOf(FACTS_START);
  const end = page.indexOf(FACTS_END);
  if (start < 0 || end < start) return undefined;
  return page.slice(start, end + FACTS_END.length);
}

/**
 * The page with its facts block replaced by `facts`; a page without a block
 * has its title and the table under it (everything before the first `## `)
 * replaced, which is how the hand-written pages began.
 */
export function withFacts(page: string, facts: string): string {
  const current = factsBlockOf(page);
  if (current !== undefined) return page.replace(current, facts);
  const firstSection = page.search(/^## /m);
  const rest = firstSection < 0 ? "" : page.slice(firstSection);
  return `${facts}\n\n${rest}`;
}
