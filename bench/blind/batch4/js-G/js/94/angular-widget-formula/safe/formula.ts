import { Parser } from 'expr-eval';

export function evaluateFormula(formula: string, metrics: Record<string, number>): number {
  return Number(Parser.evaluate(formula, metrics));
}
