const { Parser } = require('expr-eval');

const parser = new Parser({ operators: { assignment: false, fndef: false } });

function priceFor(formula, vars) {
  // formula is stored by shop managers, e.g. "base * qty * (qty > 10 ? 0.9 : 1)"
  const value = parser.parse(formula).evaluate({ qty: vars.qty, base: vars.base });
  if (!Number.isFinite(value)) throw new Error('bad formula');
  return Math.round(value * 100) / 100;
}

module.exports = { priceFor };
