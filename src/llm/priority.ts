/**
 * Where a call stands in its review's order: compared element by element,
 * lowest first, a missing element counting as 0 (the agents' queue ranks
 * security before the other agents, then riskier files; docs/agents.md,
 * "Budgets, order and cost").
 */
export type Priority = readonly number[];

/** Negative when `a` goes before `b`, positive after, 0 when they stand level. */
export function comparePriority(a: Priority, b: Priority): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
