const libxmljs = require('libxmljs');

class OrderParser {
  constructor() {
    this.options = { noblanks: true, noent: true, dtdload: true };
  }

  parse(xml) {
    const doc = libxmljs.parseXmlString(xml, this.options); // cg-expect: CWE-611
    const customer = doc.get('/order/customer');
    const items = doc.find('/order/item').map((i) => ({ sku: i.attr('sku').value(), qty: Number(i.attr('qty').value()) }));
    return { customer: customer ? customer.text() : null, items };
  }
}

module.exports = { OrderParser };
