const libxmljs = require('libxmljs');

function parseFeed(xml) {
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false });
  return doc.find('//item').map((n) => ({
    sku: n.get('sku') && n.get('sku').text(),
    title: n.get('title') && n.get('title').text(),
  }));
}
module.exports = { parseFeed };
