const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

let cache = null;
function doc() {
  if (!cache) cache = new DOMParser().parseFromString(fs.readFileSync('/srv/ledger/ledger.xml', 'utf8'), 'text/xml');
  return cache;
}

function latestFor(tenant) {
  if (!/^\d{1,10}$/.test(tenant)) return null;
  const node = xpath.parse('/ledger/entry[@tenant=$tenant][last()]').select1({ node: doc(), variables: { tenant } });
  if (!node) return null;
  return { id: node.getAttribute('id'), amount: Number(node.getAttribute('amount')), at: node.getAttribute('at') };
}

module.exports = { latestFor };
