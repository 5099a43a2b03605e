const vm = require('vm');
const { evaluate } = require('mathjs');

function computeColumn(formula, row) {
  const scope = { price: Number(row.price), qty: Number(row.qty), tax: Number(row.tax) };
  if (!/^[\d\s+\-*/().a-z]+$/.test(formula)) throw new Error('bad formula');
  return evaluate(formula, scope);
}

module.exports = { computeColumn };
