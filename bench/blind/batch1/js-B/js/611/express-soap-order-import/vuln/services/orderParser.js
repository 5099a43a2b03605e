const libxmljs = require('libxmljs');

const NS = { soap: 'http://schemas.xmlsoap.org/soap/envelope/', o: 'urn:acme:orders:v2' };

class OrderFormatError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'OrderFormatError';
  }
}

function parseOrderEnvelope(raw) {
  if (typeof raw !== 'string' || raw.length === 0) {
    throw new OrderFormatError('empty body');
  }
  const doc = libxmljs.parseXmlString(raw, { noent: true, noblanks: true }); // cg-expect: CWE-611
  const orderEl = doc.get('//soap:Body/o:PlaceOrder', NS);
  if (!orderEl) throw new OrderFormatError('missing PlaceOrder');

  const id = orderEl.get('o:OrderId', NS);
  const lines = orderEl.find('o:Line', NS).map((l) => ({
    sku: l.attr('sku') ? l.attr('sku').value() : null,
    qty: parseInt(l.text(), 10) || 0,
  }));
  return { id: id ? id.text().trim() : 'unknown', lines };
}

module.exports = { parseOrderEnvelope, OrderFormatError };
