const ALLOWED = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPS: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
};

export function computeColumn(formula: string, row: Record<string, number>): number {
  const names = Object.keys(row).filter((k) => ALLOWED.test(k));
  const fn = new Function(...names, `return (${formula});`); // cg-expect: CWE-94
  return fn(...names.map((n) => row[n]));
}
