const vm = require('vm');
const { compileExpression } = require('filtrex');

function filterRecords(rows, where) {
  // e.g. where = "amount > 100 and status == 'paid'"
  const predicate = compileExpression(where);
  return rows.filter((row) => predicate(row) === true);
}

module.exports = { filterRecords };
