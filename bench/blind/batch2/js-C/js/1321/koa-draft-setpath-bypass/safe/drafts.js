const PATH_RE = /^[A-Za-z][A-Za-z0-9_]{0,40}(\.[A-Za-z][A-Za-z0-9_]{0,40}){0,4}$/;
const BLOCKED = ['__proto__', 'constructor', 'prototype'];

function setPath(obj, path, value) {
  const keys = path.split('.');
  let node = obj;
  for (const k of keys.slice(0, -1)) {
    if (node[k] === undefined || node[k] === null) node[k] = {};
    node = node[k];
  }
  node[keys[keys.length - 1]] = value;
}

function applyEdit(draft, path, value) {
  if (!PATH_RE.test(path) || path.split('.').some((seg) => BLOCKED.includes(seg))) throw new Error('invalid path');
  setPath(draft.fields, path, value);
}

module.exports = { applyEdit, setPath };
