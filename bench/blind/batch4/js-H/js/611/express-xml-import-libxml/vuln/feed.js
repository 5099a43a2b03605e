const libxmljs = require('libxmljs');

function parseFeed(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, nonet: true }); // cg-expect: CWE-611
  return doc.find('//item').map((n) => ({
    sku: n.get('sku') && n.get('sku').text(),
    title: n.get('title') && n.get('title').text(),
  }));
}
module.exports = { parseFeed };
