const DISCOUNT = 0.1;

// only digits, whitespace, arithmetic operators, parentheses and the three known variables
const ALLOWED = /^(?:[0-9.+\-*/()\s]|\bbase\b|\bqty\b|\bdiscount\b)+$/;

function previewPrice(formula, base, qty) {
  if (formula.length > 200) {
    throw new Error('formula too long');
  }
  if (!ALLOWED.test(formula)) {
    throw new Error('forbidden token');
  }
  const fn = new Function('base', 'qty', 'discount', `return (${formula});`);
  const result = fn(base, qty, DISCOUNT);
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new Error('not a number');
  }
  return Math.round(result * 100) / 100;
}

module.exports = { previewPrice };
