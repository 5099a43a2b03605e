function mergeMessages(base, overrides) {
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const val = overrides[key];
    if (typeof val === 'object' && val !== null) {
      base[key] = mergeMessages(base[key] || {}, val);
    } else {
      base[key] = String(val);
    }
  }
  return base;
}

module.exports = { mergeMessages };
