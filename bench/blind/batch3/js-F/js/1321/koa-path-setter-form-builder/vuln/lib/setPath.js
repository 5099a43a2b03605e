const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(obj, dotted, value) {
  const parts = String(dotted).split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i += 1) {
    if (cur[parts[i]] == null) cur[parts[i]] = {};
    cur = cur[parts[i]];
  }
  cur[parts[parts.length - 1]] = value; // cg-expect: CWE-1321
  return obj;
}

module.exports = { setPath, BLOCKED };
