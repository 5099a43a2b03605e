const BLOCKED = ['__proto__', 'constructor', 'prototype'];

export function setIn(obj, path, value) {
  const keys = String(path).split('.');
  const last = keys.pop();
  let cur = obj;
  for (const k of keys) {
    cur[k] = cur[k] || {};
    cur = cur[k];
  }
  cur[last] = value; // cg-expect: CWE-1321
  return obj;
}
