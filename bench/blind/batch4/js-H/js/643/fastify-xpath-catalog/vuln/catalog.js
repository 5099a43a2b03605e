const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync(__dirname + '/catalog.xml', 'utf8'), 'text/xml');

function lookupProduct(code) {
  const node = xpath.select1(`//product[@code='${code}' and @public='true']`, doc); // cg-expect: CWE-643
  if (!node) return null;
  return { code: node.getAttribute('code'), name: node.getAttribute('name'), price: node.getAttribute('price') };
}
module.exports = { lookupProduct };
