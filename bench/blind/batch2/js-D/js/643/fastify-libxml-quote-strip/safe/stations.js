const fs = require('fs');
const libxmljs = require('libxmljs2');

class StationIndex {
  constructor(file) {
    this.doc = libxmljs.parseXml(fs.readFileSync(file, 'utf8'));
  }

  sanitize(value) {
    if (!/^[\p{L} .-]{1,64}$/u.test(String(value))) {
      throw new Error('invalid city');
    }
    return String(value);
  }

  byCity(city) {
    const c = this.sanitize(city);
    const nodes = this.doc.find(`//station[@active="true"][city="${c}"]`);
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
