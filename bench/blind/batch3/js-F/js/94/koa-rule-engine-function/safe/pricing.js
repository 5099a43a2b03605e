const RULES = {
  none: (t) => t,
  tenOff: (t) => t * 0.9,
  bulk: (t, n) => (n >= 10 ? t * 0.85 : t),
};

class PricingEngine {
  compile(rule) {
    const fn = RULES[rule];
    if (typeof fn !== 'function' || !Object.prototype.hasOwnProperty.call(RULES, rule)) throw new Error('unknown rule');
    return fn;
  }

  quote(items, rule) {
    const total = items.reduce((s, i) => s + i.price * i.qty, 0);
    const count = items.reduce((s, i) => s + i.qty, 0);
    return this.compile(rule || 'none')(total, count);
  }
}

module.exports = { PricingEngine };
