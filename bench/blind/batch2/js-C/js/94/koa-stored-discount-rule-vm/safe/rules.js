const vm = require('vm');
const { Parser } = require('expr-eval');
const db = require('./db');

const parser = new Parser({ operators: { assignment: false, fndef: false } });

async function loadRule(merchantId) {
  const { rows } = await db.query('SELECT discount_expr FROM merchants WHERE id = $1', [merchantId]);
  const expr = rows[0] ? rows[0].discount_expr : 'subtotal';
  const compiled = parser.parse(String(expr));
  return (subtotal, items) => Math.max(0, Number(compiled.evaluate({ subtotal, items })));
}

module.exports = { loadRule };
