type Obj = Record<string, any>;

const isPlain = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// Copies every stored value onto a fresh copy of the defaults, recursing into nested objects.
export function fillDefaults(stored: Obj, defaults: Obj): Obj {
  const out: Obj = structuredClone(defaults);
  const walk = (dst: Obj, src: Obj) => {
    for (const key of Object.keys(src)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      if (isPlain(src[key])) {
        if (!isPlain(dst[key])) dst[key] = {};
        walk(dst[key], src[key]);
      } else {
        dst[key] = src[key];
      }
    }
  };
  walk(out, stored);
  return out;
}
