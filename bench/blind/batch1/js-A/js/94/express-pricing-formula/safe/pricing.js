const TAX = 0.2;

function subtotal(items) {
  return items.reduce((sum, it) => sum + Number(it.price) * Number(it.qty), 0);
}

// discountRule is a structured rule such as { "minTotal": 100, "percent": 10 }
const RULES = {
  percent: (total, r) => (total >= (r.minTotal || 0) ? total * (Number(r.percent) / 100) : 0),
  fixed: (total, r) => (total >= (r.minTotal || 0) ? Number(r.amount) : 0),
};

function applyDiscount(total, discountRule) {
  if (!discountRule) return 0;
  const kind = discountRule.percent !== undefined ? 'percent' : 'fixed';
  const discount = RULES[kind](total, discountRule);
  return Math.max(0, Math.min(total, Number(discount) || 0));
}

function quote(items, discountRule) {
  const total = subtotal(items);
  const discount = applyDiscount(total, discountRule);
  const net = total - discount;
  return { total, discount, tax: net * TAX, grand: net * (1 + TAX) };
}

module.exports = { quote };
