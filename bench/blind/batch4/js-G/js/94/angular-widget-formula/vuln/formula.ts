export function evaluateFormula(formula: string, metrics: Record<string, number>): number {
  const fn = new Function(...Object.keys(metrics), `return ${formula};`); // cg-expect: CWE-94
  return Number(fn(...Object.values(metrics)));
}
