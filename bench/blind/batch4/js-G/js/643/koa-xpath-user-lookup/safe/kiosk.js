const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const users = new DOMParser().parseFromString(fs.readFileSync('/etc/kiosk/users.xml', 'utf8'), 'text/xml');

function checkKiosk(user, pin) {
  const expr = xpath.parse('count(//user[name=$user and pin=$pin])');
  return expr.evaluateNumber({ node: users, variables: { user, pin } }) > 0;
}

module.exports = { checkKiosk };
