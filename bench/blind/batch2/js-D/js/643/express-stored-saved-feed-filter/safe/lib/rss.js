const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

function itemsWithTag(xmlText, tag) {
  const doc = new DOMParser().parseFromString(xmlText, 'text/xml');
  const nodes = tag
    ? xpath.parse('//item[category=$tag]').select({ node: doc, variables: { tag } })
    : xpath.select('//item', doc);
  return nodes.slice(0, 50).map((item) => ({
    title: xpath.select1('string(title)', item),
    link: xpath.select1('string(link)', item),
  }));
}

module.exports = { itemsWithTag };
