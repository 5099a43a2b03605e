const BLOCKED = ['__proto__', 'constructor', 'prototype'];

export function setIn(obj, path, value) {
  const keys = String(path).split('.');
  const last = keys.pop();
  let cur = obj;
  for (const k of keys) {
    if (BLOCKED.includes(k)) return obj;
    if (!Object.hasOwn(cur, k)) cur[k] = {};
    cur = cur[k];
  }
  if (BLOCKED.includes(last)) return obj;
  cur[last] = value;
  return obj;
}
