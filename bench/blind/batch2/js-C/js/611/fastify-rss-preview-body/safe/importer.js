const libxmljs = require('libxmljs');

class FeedImporter {
  constructor() {
    this.options = { noent: false, dtdload: false, dtdvalid: false, nonet: true };
  }

  items(xml) {
    const doc = libxmljs.parseXml(xml, this.options);
    return doc.find('//item').slice(0, 50).map((item) => ({
      title: item.get('title')?.text() ?? '',
      link: item.get('link')?.text() ?? '',
    }));
  }
}

module.exports = { FeedImporter };
