const libxmljs = require('libxmljs');

function parseOrder(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true }); // cg-expect: CWE-611
  const sku = doc.get('//*[local-name()="sku"]');
  const qty = doc.get('//*[local-name()="quantity"]');
  if (!sku || !qty) throw new Error('missing fields');
  return { sku: sku.text(), quantity: Number(qty.text()) };
}

module.exports = { parseOrder };
