const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/data/catalog.xml', 'utf8'), 'text/xml');

function findProduct(code) {
  const nodes = xpath.select(`//product[@code='${code}' and @public='true']`, doc); // cg-expect: CWE-643
  if (!nodes.length) return null;
  const n = nodes[0];
  return { code: n.getAttribute('code'), name: n.getAttribute('name'), price: n.getAttribute('price') };
}

module.exports = { findProduct };
