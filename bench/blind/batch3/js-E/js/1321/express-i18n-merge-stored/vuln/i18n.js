function mergeMessages(base, overrides) {
  for (const key in overrides) {
    const val = overrides[key];
    if (typeof val === 'object' && val !== null) {
      base[key] = mergeMessages(base[key] || {}, val);
    } else {
      base[key] = String(val); // cg-expect: CWE-1321
    }
  }
  return base;
}

module.exports = { mergeMessages };
