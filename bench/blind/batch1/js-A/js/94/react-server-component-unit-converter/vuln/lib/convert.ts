// expr is a conversion written in terms of x, e.g. "x * 2.54" or "(x - 32) * 5 / 9"
export function convert(x: number, expr: string): number {
  const fn = new Function('x', 'return ' + expr); // cg-expect: CWE-94
  const out = Number(fn(x));
  if (!Number.isFinite(out)) throw new Error('conversion failed');
  return out;
}
