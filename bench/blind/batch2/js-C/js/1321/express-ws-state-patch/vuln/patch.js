const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

function applyPatch(state, pathParts, value) {
  let node = state;
  for (let i = 0; i < pathParts.length - 1; i++) {
    const key = String(pathParts[i]);
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key];
  }
  node[String(pathParts[pathParts.length - 1])] = value; // cg-expect: CWE-1321
}

module.exports = { applyPatch };
