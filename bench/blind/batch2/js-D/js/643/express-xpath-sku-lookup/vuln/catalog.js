const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const xml = fs.readFileSync(__dirname + '/data/catalog.xml', 'utf8');
const doc = new DOMParser().parseFromString(xml, 'text/xml');

function text(node, name) {
  const el = node.getElementsByTagName(name)[0];
  return el ? el.textContent : null;
}

function findProduct(sku) {
  const nodes = xpath.select(`//product[@public='yes' and sku='${sku}']`, doc); // cg-expect: CWE-643
  if (!nodes.length) return null;
  const p = nodes[0];
  return {
    sku: text(p, 'sku'),
    name: text(p, 'name'),
    price: Number(text(p, 'price')),
  };
}

module.exports = { findProduct };
