const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const feed = new DOMParser().parseFromString(fs.readFileSync('/var/cache/app/feed.xml', 'utf8'), 'text/xml');

function itemsInCategory(category) {
  const nodes = xpath.select("/rss/channel/item[category='" + category + "']", feed); // cg-expect: CWE-643
  return nodes.map((n) => ({
    title: xpath.select1('string(title)', n),
    link: xpath.select1('string(link)', n),
  }));
}

module.exports = { itemsInCategory };
