// Minimal port of jQuery.extend(deep, target, ...objects) used across the reporting code.
export function extend(deep, target, ...objects) {
  for (const obj of objects) {
    if (obj == null) continue;
    for (const name in obj) {
      const src = target[name];
      const copy = obj[name];
      if (target === copy) continue;
      if (deep && copy && typeof copy === 'object' && !Array.isArray(copy)) {
        const clone = src && typeof src === 'object' ? src : {};
        target[name] = extend(deep, clone, copy);
      } else if (copy !== undefined) {
        target[name] = copy; // cg-expect: CWE-1321
      }
    }
  }
  return target;
}
