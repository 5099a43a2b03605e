class WidgetCache {
  constructor() {
    this.sections = {};
  }

  put(section, key, value) {
    if (!this.sections[section]) this.sections[section] = {};
    this.sections[section][key] = value; // cg-expect: CWE-1321
  }

  get(section, key) {
    return this.sections[section] ? this.sections[section][key] : undefined;
  }
}

module.exports = { WidgetCache };
