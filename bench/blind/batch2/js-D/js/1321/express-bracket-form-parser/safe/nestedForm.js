const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function parseNested(body) {
  const out = Object.create(null);
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const keys = rawKey.replace(/\]/g, '').split('[');
    if (keys.some((k) => UNSAFE.has(k))) continue;
    let node = out;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) {
        node[k] = value;
      } else {
        if (typeof node[k] !== 'object' || node[k] === null) node[k] = Object.create(null);
        node = node[k];
      }
    });
  }
  return out;
}

module.exports = { parseNested };
