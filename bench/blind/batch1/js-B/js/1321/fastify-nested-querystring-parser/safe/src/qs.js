const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

// Parses "filter[status]=open&filter[owner][id]=7&sort=-created" into nested objects.
export function parseNestedQuery(raw) {
  const result = Object.create(null);
  for (const [rawKey, rawValue] of new URLSearchParams(raw)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    if (parts.some((p) => UNSAFE.has(p))) continue;
    let node = result;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i];
      node[part] = Object.hasOwn(node, part) ? node[part] : Object.create(null);
      node = node[part];
    }
    node[parts[parts.length - 1]] = rawValue;
  }
  return result;
}
