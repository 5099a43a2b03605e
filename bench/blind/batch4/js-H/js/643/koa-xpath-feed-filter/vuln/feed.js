const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

function itemsWithTag(xml, tag) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const cleaned = String(tag).replace(/'/g, '');
  const expr = `//item[category="${cleaned}"]/title/text()`;
  const result = xpath.evaluate(expr, doc, null, xpath.XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); // cg-expect: CWE-643
  const out = [];
  for (let i = 0; i < result.snapshotLength; i++) out.push(result.snapshotItem(i).nodeValue);
  return out;
}
module.exports = { itemsWithTag };
