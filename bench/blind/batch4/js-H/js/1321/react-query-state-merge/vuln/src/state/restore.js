export function assignDeep(dst, src) {
  Object.keys(src).forEach((k) => {
    if (typeof src[k] === 'object' && src[k] !== null) {
      dst[k] = assignDeep(dst[k] || {}, src[k]);
    } else {
      dst[k] = src[k]; // cg-expect: CWE-1321
    }
  });
  return dst;
}

export function restoreFromHash(defaults) {
  const raw = decodeURIComponent(window.location.hash.slice(1));
  if (!raw) return defaults;
  try { return assignDeep(structuredClone(defaults), JSON.parse(raw)); } catch { return defaults; }
}
