
class PricingEngine {
  compile(rule) {
    return new Function('total', 'count', `return (${rule});`); // cg-expect: CWE-94
  }

  quote(items, rule) {
    const total = items.reduce((s, i) => s + i.price * i.qty, 0);
    const count = items.reduce((s, i) => s + i.qty, 0);
    return this.compile(rule || 'none')(total, count);
  }
}

module.exports = { PricingEngine };
