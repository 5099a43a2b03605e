const libxml = require('libxmljs');
const { XMLParser } = require('fast-xml-parser');

function readEnvelope(xml) {
  const doc = libxml.parseXml(xml, { noent: true }); // cg-expect: CWE-611
  return { action: doc.get('//*[local-name()="Action"]').text(), orderId: doc.get('//*[local-name()="OrderId"]').text() };
}

module.exports = { readEnvelope };
