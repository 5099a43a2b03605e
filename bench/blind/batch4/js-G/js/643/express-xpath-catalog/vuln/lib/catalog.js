const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/data/catalog.xml', 'utf8'), 'text/xml');

function lookupProduct(code) {
  const nodes = xpath.select(`//product[@code='${code}' and @public='true']`, doc); // cg-expect: CWE-643
  if (!nodes.length) return null;
  const el = nodes[0];
  return {
    code: el.getAttribute('code'),
    name: xpath.select1('string(name)', el),
    price: Number(xpath.select1('string(price)', el)),
  };
}

module.exports = { lookupProduct };
