const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('./data/catalog.xml', 'utf8'), 'text/xml');

function findProduct(sku) {
  const cleaned = sku.replace(/'/g, '');
  const nodes = xpath.select(`//product[@sku="${cleaned}" and @public="true"]`, doc); // cg-expect: CWE-643
  if (!nodes.length) return null;
  const n = nodes[0];
  return { sku: n.getAttribute('sku'), name: n.getAttribute('name'), price: n.getAttribute('price') };
}

module.exports = { findProduct };
