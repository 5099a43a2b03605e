const fs = require('fs/promises');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

async function checkKiosk(user, pin) {
  const xml = await fs.readFile('/etc/kiosk/operators.xml', 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const expr = 'count(//operator[name=$user and pin=$pin])';
  const count = xpath.parse(expr).evaluateNumber({ node: doc, variables: { user, pin } });
  return count > 0;
}

module.exports = { checkKiosk };
