const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/etc/app/catalog.xml', 'utf8'), 'text/xml');

function findProduct(sku) {
  const nodes = xpath.parse("//product[@sku=$sku and @public='true']").select({ node: doc, variables: { sku } });
  if (!nodes.length) return null;
  const n = nodes[0];
  return { sku: n.getAttribute('sku'), name: n.getAttribute('name'), price: n.getAttribute('price') };
}

module.exports = { findProduct };
