const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

function applyPatch(state, pathParts, value) {
  if (pathParts.some((p) => UNSAFE.has(String(p)))) throw new Error('illegal path');
  let node = state;
  for (let i = 0; i < pathParts.length - 1; i++) {
    const key = String(pathParts[i]);
    if (!Object.prototype.hasOwnProperty.call(node, key) || typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key];
  }
  node[String(pathParts[pathParts.length - 1])] = value;
}

module.exports = { applyPatch };
