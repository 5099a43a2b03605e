const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

let cache = null;
function doc() {
  if (!cache) cache = new DOMParser().parseFromString(fs.readFileSync('/srv/ledger/ledger.xml', 'utf8'), 'text/xml');
  return cache;
}

function latestFor(tenant) {
  const node = xpath.select1('/ledger/entry[@tenant="' + tenant + '"][last()]', doc()); // cg-expect: CWE-643
  if (!node) return null;
  return { id: node.getAttribute('id'), amount: Number(node.getAttribute('amount')), at: node.getAttribute('at') };
}

module.exports = { latestFor };
