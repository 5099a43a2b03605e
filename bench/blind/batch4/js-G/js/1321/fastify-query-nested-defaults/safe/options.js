const DEFAULTS = () => ({ range: { days: 30 }, format: { currency: 'EUR', decimals: 2 }, include: { archived: false } });

function copyInto(target, src) {
  for (const key in src) {
    if (!Object.prototype.hasOwnProperty.call(src, key) || key === '__proto__' || key === 'constructor') continue;
    const v = src[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = Object.create(null);
      copyInto(target[key], v);
    } else {
      target[key] = v; 
    }
  }
  return target;
}

function withDefaults(userOptions) {
  return copyInto(DEFAULTS(), userOptions);
}

module.exports = { withDefaults };
