const db = require('./db');

async function applyDiscountRules(merchantId, cart) {
  const rules = await db.any('SELECT expression, percent FROM discount_rules WHERE merchant_id = $1', [merchantId]);
  let best = 0;
  for (const r of rules) {
    // expression is stored as a JSON rule: {"field":"total","op":">=","value":100}
    const rule = JSON.parse(r.expression);
    const lhs = Number(cart[rule.field === 'items' ? 'items' : 'total']);
    const ok = rule.op === '>=' ? lhs >= Number(rule.value) : rule.op === '<' ? lhs < Number(rule.value) : false;
    if (ok) best = Math.max(best, r.percent);
  }
  return best;
}
module.exports = { applyDiscountRules };
