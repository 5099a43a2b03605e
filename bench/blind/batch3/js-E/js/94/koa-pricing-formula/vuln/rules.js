const ALLOWED_VARS = ['base', 'qty', 'discount', 'tax'];

function evaluateFormula(formula, vars) {
  const args = ALLOWED_VARS.map((k) => Number(vars[k]) || 0);
  const fn = new Function(...ALLOWED_VARS, `return (${formula});`); // cg-expect: CWE-94
  return fn(...args);
}

module.exports = { evaluateFormula };
