const widgets = { w1: { title: 'Sales', layout: { w: 4, h: 2 } } };

function applyPatch(id, path, value) {
  if (!Object.prototype.hasOwnProperty.call(widgets, id)) throw new Error('unknown widget');
  const w = widgets[id];
  const parts = path.split('.');
  if (!parts.every((p) => /^[A-Za-z][A-Za-z0-9]*$/.test(p) && !['__proto__', 'constructor', 'prototype'].includes(p))) {
    throw new Error('forbidden path');
  }
  setPath(w, path.split('.'), value);
  return w;
}

function setPath(obj, keys, value) {
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === undefined || cur[k] === null) cur[k] = {};
    cur = cur[k];
  }
  cur[keys[keys.length - 1]] = value;
}

module.exports = { applyPatch, widgets };
