const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const feed = new DOMParser().parseFromString(fs.readFileSync('/var/cache/app/feed.xml', 'utf8'), 'text/xml');

function itemsInCategory(category) {
  const nodes = xpath.parse('/rss/channel/item[category=$category]').select({ node: feed, variables: { category } });
  return nodes.map((n) => ({
    title: xpath.select1('string(title)', n),
    link: xpath.select1('string(link)', n),
  }));
}

module.exports = { itemsInCategory };
