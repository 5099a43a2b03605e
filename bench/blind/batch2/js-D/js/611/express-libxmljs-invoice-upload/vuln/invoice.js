const libxmljs = require('libxmljs');

function textOf(doc, xpath) {
  const node = doc.get(xpath);
  return node ? node.text().trim() : '';
}

function parseInvoice(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true }); // cg-expect: CWE-611
  const lines = doc.find('//line').map((l) => ({
    sku: l.attr('sku') ? l.attr('sku').value() : '',
    qty: Number(l.get('qty') ? l.get('qty').text() : 0),
    description: l.get('description') ? l.get('description').text() : '',
  }));
  return {
    number: textOf(doc, '/invoice/number'),
    supplier: textOf(doc, '/invoice/supplier/name'),
    lines,
  };
}

module.exports = { parseInvoice };
