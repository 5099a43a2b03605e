function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key]; // cg-expect: CWE-1321
    }
  }
  return target;
}
module.exports = { deepMerge };
