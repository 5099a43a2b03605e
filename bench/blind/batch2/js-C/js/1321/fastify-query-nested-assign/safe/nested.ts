type Bag = Record<string, any>;

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export function parseNested(query: string): Bag {
  const out: Bag = Object.create(null);
  for (const [rawKey, value] of new URLSearchParams(query)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    if (parts.some((p) => UNSAFE.has(p))) continue;
    let node = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i];
      if (typeof node[p] !== 'object' || node[p] === null) node[p] = Object.create(null);
      node = node[p];
    }
    node[parts[parts.length - 1]] = value;
  }
  return out;
}
