function setByPath(obj, path, value) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i];
    if (cur[p] === undefined || cur[p] === null) cur[p] = {};
    cur = cur[p];
  }
  cur[parts[parts.length - 1]] = value; // cg-expect: CWE-1321
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
