const libxmljs = require('libxmljs');

class OrderParser {
  constructor() {
    this.options = { noblanks: true, noent: false, dtdload: false, nonet: true };
  }

  parse(xml) {
    const doc = libxmljs.parseXmlString(xml, this.options);
    const customer = doc.get('/order/customer');
    const items = doc.find('/order/item').map((i) => ({ sku: i.attr('sku').value(), qty: Number(i.attr('qty').value()) }));
    return { customer: customer ? customer.text() : null, items };
  }
}

module.exports = { OrderParser };
