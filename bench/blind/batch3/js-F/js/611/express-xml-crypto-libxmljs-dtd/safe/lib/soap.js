const libxml = require('libxmljs');
const { XMLParser } = require('fast-xml-parser');

function readEnvelope(xml) {
  const parser = new XMLParser({ removeNSPrefix: true, processEntities: false });
  const env = parser.parse(xml).Envelope.Body;
  return { action: env.Action, orderId: env.OrderId };
}

module.exports = { readEnvelope };
