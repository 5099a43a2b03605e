type Obj = Record<string, any>;

function isMergeable(v: unknown): v is Obj {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && !Array.isArray(v);
}

export function mergeLayout(target: Obj, patch: Obj): Obj {
  for (const key in patch) {
    if (key === '__proto__') continue;
    const value = patch[key];
    if (isMergeable(value)) {
      if (!isMergeable(target[key])) target[key] = {};
      mergeLayout(target[key], value);
    } else {
      target[key] = value; // cg-expect: CWE-1321
    }
  }
  return target;
}
