function parseNested(flat) {
  const out = {};
  for (const [rawKey, value] of Object.entries(flat)) {
    const keys = rawKey.replace(/\]/g, '').split('[');
    let node = out;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) {
        node[k] = value; // cg-expect: CWE-1321
      } else {
        node[k] = node[k] || {};
        node = node[k];
      }
    });
  }
  return out;
}

module.exports = { parseNested };
