const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

function itemsWithTag(xml, tag) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const cleaned = String(tag);
  const expr = '//item[category=$tag]/title/text()';
  const result = xpath.parse(expr).select({ node: doc, variables: { tag: cleaned } });
  const out = [];
  for (const n of result) out.push(n.nodeValue);
  return out;
}
module.exports = { itemsWithTag };
