// expr names one of the supported conversions, e.g. "in-cm" or "f-c"
const CONVERSIONS: Record<string, (x: number) => number> = {
  'in-cm': (x) => x * 2.54,
  'cm-in': (x) => x / 2.54,
  'f-c': (x) => ((x - 32) * 5) / 9,
  'c-f': (x) => (x * 9) / 5 + 32,
  'mi-km': (x) => x * 1.609344,
};

export function convert(x: number, expr: string): number {
  const fn = Object.hasOwn(CONVERSIONS, expr) ? CONVERSIONS[expr] : null;
  if (!fn) throw new Error('unknown conversion');
  const out = Number(fn(x));
  if (!Number.isFinite(out)) throw new Error('conversion failed');
  return out;
}
