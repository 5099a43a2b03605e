const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const users = new DOMParser().parseFromString(fs.readFileSync('/etc/kiosk/users.xml', 'utf8'), 'text/xml');

function checkKiosk(user, pin) {
  const clean = (s) => s.replace(/"/g, '');
  const expr = `count(//user[name='${clean(user)}' and pin='${clean(pin)}'])`;
  return xpath.select(expr, users) > 0; // cg-expect: CWE-643
}

module.exports = { checkKiosk };
