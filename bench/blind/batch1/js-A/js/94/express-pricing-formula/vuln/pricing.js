const TAX = 0.2;

function subtotal(items) {
  return items.reduce((sum, it) => sum + Number(it.price) * Number(it.qty), 0);
}

// discountRule is an expression such as "total > 100 ? total * 0.1 : 0"
function applyDiscount(total, discountRule) {
  if (!discountRule) return 0;
  const discount = eval(discountRule.replace(/total/g, String(total))); // cg-expect: CWE-94
  return Math.max(0, Math.min(total, Number(discount) || 0));
}

function quote(items, discountRule) {
  const total = subtotal(items);
  const discount = applyDiscount(total, discountRule);
  const net = total - discount;
  return { total, discount, tax: net * TAX, grand: net * (1 + TAX) };
}

module.exports = { quote };
