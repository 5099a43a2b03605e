
function priceFor(formula, vars) {
  // formula is stored by shop managers, e.g. "base * qty * (qty > 10 ? 0.9 : 1)"
  const fn = new Function('qty', 'base', `return (${formula});`); // cg-expect: CWE-94
  const value = fn(vars.qty, vars.base);
  if (!Number.isFinite(value)) throw new Error('bad formula');
  return Math.round(value * 100) / 100;
}

module.exports = { priceFor };
