type Obj = Record<string, any>;

function isMergeable(v: unknown): v is Obj {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && !Array.isArray(v);
}

export function mergeLayout(target: Obj, patch: Obj): Obj {
  for (const key in patch) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (!Object.prototype.hasOwnProperty.call(patch, key)) continue;
    const value = patch[key];
    if (isMergeable(value)) {
      if (!Object.prototype.hasOwnProperty.call(target, key) || !isMergeable(target[key])) target[key] = {};
      mergeLayout(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}
