function parseNested(body) {
  const out = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const keys = rawKey.replace(/\]/g, '').split('[');
    let node = out;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) {
        node[k] = value; // cg-expect: CWE-1321
      } else {
        if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
        node = node[k];
      }
    });
  }
  return out;
}

module.exports = { parseNested };
