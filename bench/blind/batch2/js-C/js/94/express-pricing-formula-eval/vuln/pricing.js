const { Parser } = require('expr-eval');

const parser = new Parser({ operators: { assignment: false } });

function computePrice(formula, vars) {
  const { base, qty } = vars;
  const value = eval(formula); // cg-expect: CWE-94
  if (!Number.isFinite(value)) throw new Error('not a number');
  return Math.round(value * 100) / 100;
}

module.exports = { computePrice };
