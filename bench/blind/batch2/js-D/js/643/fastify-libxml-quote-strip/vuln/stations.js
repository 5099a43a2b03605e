const fs = require('fs');
const libxmljs = require('libxmljs2');

class StationIndex {
  constructor(file) {
    this.doc = libxmljs.parseXml(fs.readFileSync(file, 'utf8'));
  }

  sanitize(value) {
    return String(value).replace(/'/g, '');
  }

  byCity(city) {
    const c = this.sanitize(city);
    const nodes = this.doc.find(`//station[@active="true"][city="${c}"]`); // cg-expect: CWE-643
    return nodes.map((n) => ({
      id: n.attr('id').value(),
      name: n.get('name').text(),
    }));
  }

  count() {
    return this.doc.find('//station').length;
  }
}

module.exports = { StationIndex };
