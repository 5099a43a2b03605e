const widgets = { w1: { title: 'Sales', layout: { w: 4, h: 2 } } };

function applyPatch(id, path, value) {
  const w = widgets[id] || (widgets[id] = {});
  if (path.includes('__proto__')) throw new Error('forbidden path');
  setPath(w, path.split('.'), value);
  return w;
}

function setPath(obj, keys, value) {
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === undefined || cur[k] === null) cur[k] = {};
    cur = cur[k];
  }
  cur[keys[keys.length - 1]] = value; // cg-expect: CWE-1321
}

module.exports = { applyPatch, widgets };
