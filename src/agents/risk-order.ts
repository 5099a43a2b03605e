import type { FindingDraft } from "../core/finding.js";
import { severityRank } from "../core/severity.js";

/**
 * Files in order of risk. Tier 0 holds files with deterministic findings or
 * request handlers, tier 1 the rest; within a tier, the most severe finding
 * first, then how many findings, then path. When the budget is short, the
 * riskiest files get the LLM's attention.
 */
export function byRisk<T extends { readonly path: string; readonly handler?: boolean }>(
  files: readonly T[],
  findings: readonly FindingDraft[],
): (T & { readonly tier: number })[] {
  const score = new Map<string, { top: number; count: number }>();
  for (const f of findings) {
    const s = score.get(f.file) ?? { top: -1, count: 0 };
    score.set(f.file, { top: Math.max(s.top, severityRank(f.severity)), count: s.count + 1 });
  }
  const of = (path: string): { top: number; count: number } => score.get(path) ?? { top: -1, count: 0 };
  const tierOf = (file: T): number => (score.has(file.path) || file.handler === true ? 0 : 1);
  return [...files]
    .map((file) => ({ ...file, tier: tierOf(file) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        of(b.path).top - of(a.path).top ||
        of(b.path).count - of(a.path).count ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
}

/**
 * Code that answers requests: route registrations and handler signatures of
 * the common Python and JavaScript frameworks, for example `app.get("/x", `,
 * `router.post(`, `@app.route(`, `@router.get(`, `(req, res)` and
 * `def view(request` (a syntactic hint over the code, never over model prose).
 */
const HANDLER_PATTERNS: readonly RegExp[] = [
  /\b(?:app|router|server|api|route)\s*\.\s*(?:get|post|put|patch|delete|all|use|route)\s*\(/,
  /^[^\S\n\r\u2028\u2029]*@\s*[\w.]*(?:route|get|post|put|patch|delete|api_view)\s*\(/m,
  /\(\s*req\s*,\s*res\b/,
  /\bdef\s+\w+\s*\(\s*request\b/,
  /\basync\s*\(\s*ctx\s*(?:,\s*next\s*)?\)\s*=>/,
];

export function looksLikeRequestHandler(text: string): boolean {
  return HANDLER_PATTERNS.some((p) => p.test(text));
}
