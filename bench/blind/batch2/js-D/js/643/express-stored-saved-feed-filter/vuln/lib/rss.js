const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

function itemsWithTag(xmlText, tag) {
  const doc = new DOMParser().parseFromString(xmlText, 'text/xml');
  const expr = tag ? `//item[category='${tag}']` : '//item';
  const nodes = xpath.select(expr, doc); // cg-expect: CWE-643
  return nodes.slice(0, 50).map((item) => ({
    title: xpath.select1('string(title)', item),
    link: xpath.select1('string(link)', item),
  }));
}

module.exports = { itemsWithTag };
