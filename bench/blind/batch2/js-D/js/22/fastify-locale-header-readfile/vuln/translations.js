const fs = require('fs/promises');
const path = require('path');

class Translations {
  constructor(dir) {
    this.dir = path.resolve(dir);
    this.cache = new Map();
  }

  async load(locale) {
    if (this.cache.has(locale)) return this.cache.get(locale);
    const file = path.resolve(this.dir, `${locale}.json`);
    const data = JSON.parse(await fs.readFile(file, 'utf8')); // cg-expect: CWE-22
    this.cache.set(locale, data);
    return data;
  }
}

module.exports = { Translations };
