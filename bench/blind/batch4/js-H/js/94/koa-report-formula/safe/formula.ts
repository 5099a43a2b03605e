const ALLOWED = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPS: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
};

export function computeColumn(formula: string, row: Record<string, number>): number {
  // only "<field> <op> <field|number>" is supported; nothing is compiled
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*([-+*/])\s*([A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?)\s*$/.exec(formula);
  if (!m || !ALLOWED.test(m[1]) || !(m[2] in OPS)) throw new Error('unsupported formula');
  const rhs = /^\d/.test(m[3]) ? Number(m[3]) : Number(row[m[3]]);
  return OPS[m[2]](Number(row[m[1]]), rhs);
}
