const fs = require('fs/promises');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

async function checkKiosk(user, pin) {
  const xml = await fs.readFile('/etc/kiosk/operators.xml', 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const expr = "count(//operator[name='" + user + "' and pin='" + pin + "'])";
  const result = xpath.evaluate(expr, doc, null, xpath.XPathResult.NUMBER_TYPE, null); // cg-expect: CWE-643
  return result.numberValue > 0;
}

module.exports = { checkKiosk };
