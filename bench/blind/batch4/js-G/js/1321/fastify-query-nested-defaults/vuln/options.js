const DEFAULTS = () => ({ range: { days: 30 }, format: { currency: 'EUR', decimals: 2 }, include: { archived: false } });

function copyInto(target, src) {
  for (const key in src) {
    const v = src[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      target[key] = target[key] || {};
      copyInto(target[key], v);
    } else {
      target[key] = v; // cg-expect: CWE-1321
    }
  }
  return target;
}

function withDefaults(userOptions) {
  return copyInto(DEFAULTS(), userOptions);
}

module.exports = { withDefaults };
