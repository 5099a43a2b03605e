const ALLOWED_VARS = ['base', 'qty', 'discount', 'tax'];

const SAFE_FORMULA = /^[\sA-Za-z0-9_.+\-*/()]+$/;

function evaluateFormula(formula, vars) {
  const idents = String(formula).match(/[A-Za-z_]+/g) || [];
  if (!SAFE_FORMULA.test(formula) || idents.some((id) => !ALLOWED_VARS.includes(id))) {
    throw new Error('formula may only use arithmetic and known variables');
  }
  const args = ALLOWED_VARS.map((k) => Number(vars[k]) || 0);
  const fn = new Function(...ALLOWED_VARS, `return (${formula});`);
  return fn(...args);
}

module.exports = { evaluateFormula };
