const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function setByPath(obj, path, value) {
  const parts = path.split('.');
  if (parts.some((p) => BLOCKED.has(p))) {
    throw new Error('invalid path');
  }
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i];
    if (!Object.prototype.hasOwnProperty.call(cur, p) || cur[p] === null || typeof cur[p] !== 'object') cur[p] = {};
    cur = cur[p];
  }
  cur[parts[parts.length - 1]] = value;
  return obj;
}

class WidgetConfig {
  constructor() {
    this.data = { title: 'Widget', colors: { fg: '#222', bg: '#fff' }, refresh: 60 };
  }

  set(path, value) {
    setByPath(this.data, path, value);
  }

  toJSON() {
    return this.data;
  }
}

module.exports = { WidgetConfig, setByPath };
