const vm = require('vm');
const { compileExpression } = require('filtrex');

function filterRecords(rows, where) {
  // e.g. where = "amount > 100 and status == 'paid'"
  const script = new vm.Script(`(${where.replace(/\band\b/g, '&&').replace(/\bor\b/g, '||')})`); // cg-expect: CWE-94
  return rows.filter((row) => script.runInNewContext({ ...row }));
}

module.exports = { filterRecords };
