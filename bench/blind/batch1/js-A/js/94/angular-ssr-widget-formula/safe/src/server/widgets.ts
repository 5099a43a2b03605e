import { Parser } from 'expr-eval';

export type Series = Record<string, number[]>;

const helpers = {
  sum: (xs: number[]) => xs.reduce((a, b) => a + b, 0),
  avg: (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0),
  max: (xs: number[]) => Math.max(...xs),
};

const parser = new Parser({ operators: { assignment: false, fndef: false } });
Object.assign(parser.functions, helpers);

// e.g. formula = "sum(revenue) / avg(visits)"; parsed as arithmetic only, never run as JS
export function previewWidget(formula: string, series: Series): number {
  const expr = parser.parse(formula);
  const vars: Record<string, number[]> = {};
  for (const v of expr.variables()) {
    if (!Array.isArray(series[v])) throw new Error(`unknown series ${v}`);
    vars[v] = series[v].map(Number);
  }
  return Number(expr.evaluate(vars as any));
}
