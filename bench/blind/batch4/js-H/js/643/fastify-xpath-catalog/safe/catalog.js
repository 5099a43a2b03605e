const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync(__dirname + '/catalog.xml', 'utf8'), 'text/xml');

function lookupProduct(code) {
  const node = xpath.parse("//product[@code=$code and @public='true']").select1({ node: doc, variables: { code: String(code) } });
  if (!node) return null;
  return { code: node.getAttribute('code'), name: node.getAttribute('name'), price: node.getAttribute('price') };
}
module.exports = { lookupProduct };
