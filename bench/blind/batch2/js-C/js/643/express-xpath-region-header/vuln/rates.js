const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/data/rates.xml', 'utf8'), 'text/xml');

function rateFor(region, weight) {
  const node = xpath.select1(`/rates/region[@code="${region}"]/perKg/text()`, doc); // cg-expect: CWE-643
  if (!node) return null;
  return Math.round(Number(node.nodeValue) * weight * 100) / 100;
}

module.exports = { rateFor };
