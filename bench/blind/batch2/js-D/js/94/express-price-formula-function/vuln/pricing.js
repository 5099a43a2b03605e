const DISCOUNT = 0.1;

// block the most dangerous keywords
const BLOCKED = /\b(require|process|import)\b/;

function previewPrice(formula, base, qty) {
  if (formula.length > 200) {
    throw new Error('formula too long');
  }
  if (BLOCKED.test(formula)) {
    throw new Error('forbidden token');
  }
  const fn = new Function('base', 'qty', 'discount', `return (${formula});`); // cg-expect: CWE-94
  const result = fn(base, qty, DISCOUNT);
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new Error('not a number');
  }
  return Math.round(result * 100) / 100;
}

module.exports = { previewPrice };
