function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = source[key];
    if (isPlainObject(value)) {
      if (!Object.prototype.hasOwnProperty.call(target, key) || !isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value; 
    }
  }
  return target;
}

module.exports = { deepMerge };
