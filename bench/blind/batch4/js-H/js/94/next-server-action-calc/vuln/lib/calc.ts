import { Parser } from 'expr-eval';

const parser = new Parser();

export function evaluateExpression(expr: string): number {
  if (/[;{}]|require|process/.test(expr)) throw new Error('invalid expression');
  return Number(eval(expr)); // cg-expect: CWE-94
}
