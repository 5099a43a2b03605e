// Minimal port of jQuery.extend(deep, target, ...objects) used across the reporting code.
export function extend(deep, target, ...objects) {
  for (const obj of objects) {
    if (obj == null) continue;
    for (const name in obj) {
      // same guard jQuery added for CVE-2019-11358
      if (name === '__proto__' || name === 'constructor' || !Object.prototype.hasOwnProperty.call(obj, name)) continue;
      const src = target[name];
      const copy = obj[name];
      if (target === copy) continue;
      if (deep && copy && typeof copy === 'object' && !Array.isArray(copy)) {
        const clone = src && typeof src === 'object' ? src : {};
        target[name] = extend(deep, clone, copy);
      } else if (copy !== undefined) {
        target[name] = copy;
      }
    }
  }
  return target;
}
