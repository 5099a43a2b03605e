class WidgetCache {
  constructor() {
    this.sections = new Map();
  }

  put(section, key, value) {
    if (!this.sections.has(section)) this.sections.set(section, new Map());
    this.sections.get(section).set(key, value);
  }

  get(section, key) {
    return this.sections.get(section)?.get(key);
  }
}

module.exports = { WidgetCache };
