type Dict = Record<string, any>;

export function applyDefaults(target: Dict, input: Dict): Dict {
  for (const key of Object.keys(input)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const v = input[key];
    if (v && typeof v === 'object') {
      target[key] = applyDefaults(target[key] ?? {}, v);
    } else {
      target[key] = v;
    }
  }
  return target;
}
