const vm = require('vm');
const db = require('./db');

async function applyDiscountRules(merchantId, cart) {
  const rules = await db.any('SELECT expression, percent FROM discount_rules WHERE merchant_id = $1', [merchantId]);
  let best = 0;
  for (const r of rules) {
    const ok = vm.runInNewContext(r.expression, { cart }, { timeout: 50 }); // cg-expect: CWE-94
    if (ok) best = Math.max(best, r.percent);
  }
  return best;
}
module.exports = { applyDiscountRules };
