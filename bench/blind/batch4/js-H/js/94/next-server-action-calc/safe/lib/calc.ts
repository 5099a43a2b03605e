import { Parser } from 'expr-eval';

const parser = new Parser();

export function evaluateExpression(expr: string): number {
  if (expr.length > 200) throw new Error('invalid expression');
  return Number(parser.evaluate(expr));
}
