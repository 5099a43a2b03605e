const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const feed = new DOMParser().parseFromString(fs.readFileSync('/srv/feed/products.xml', 'utf8'), 'text/xml');

function productsInCategory(category) {
  if (category === 'all') return xpath.select('//item[@published="1"]/title/text()', feed).map(String);
  const nodes = xpath.parse('//item[@published="1" and category=$cat]/title/text()').select({ node: feed, variables: { cat: category } });
  return nodes.map(String);
}

module.exports = { productsInCategory };
