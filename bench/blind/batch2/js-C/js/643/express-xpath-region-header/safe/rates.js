const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/data/rates.xml', 'utf8'), 'text/xml');

function rateFor(region, weight) {
  const node = xpath.parse('/rates/region[@code=$code]/perKg/text()').select1({ node: doc, variables: { code: region } });
  if (!node) return null;
  return Math.round(Number(node.nodeValue) * weight * 100) / 100;
}

module.exports = { rateFor };
