function parseNested(flat) {
  const out = Object.create(null);
  for (const [rawKey, value] of Object.entries(flat)) {
    const keys = rawKey.replace(/\]/g, '').split('[');
    if (keys.includes('__proto__') || keys.includes('constructor') || keys.includes('prototype')) continue;
    let node = out;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) {
        node[k] = value;
      } else {
        node[k] = node[k] || Object.create(null);
        node = node[k];
      }
    });
  }
  return out;
}

module.exports = { parseNested };
