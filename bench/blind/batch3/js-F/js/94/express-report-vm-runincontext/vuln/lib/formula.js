const vm = require('vm');
const { evaluate } = require('mathjs');

function computeColumn(formula, row) {
  const scope = { price: Number(row.price), qty: Number(row.qty), tax: Number(row.tax) };
  return vm.runInNewContext(formula, scope, { timeout: 50 }); // cg-expect: CWE-94
}

module.exports = { computeColumn };
