import vm from 'node:vm';

export type Series = Record<string, number[]>;

const helpers = {
  sum: (xs: number[]) => xs.reduce((a, b) => a + b, 0),
  avg: (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0),
  max: (xs: number[]) => Math.max(...xs),
};

// e.g. formula = "sum(revenue) / avg(visits)"
export function previewWidget(formula: string, series: Series): number {
  const script = new vm.Script(formula);
  const ctx = vm.createContext({ ...helpers, ...series });
  return Number(script.runInContext(ctx, { timeout: 100 })); // cg-expect: CWE-94
}
