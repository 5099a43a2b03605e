const fs = require('fs');
const crypto = require('crypto');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const usersDoc = new DOMParser().parseFromString(fs.readFileSync('/etc/acme/users.xml', 'utf8'), 'text/xml');

function findUserNode(username, password) {
  const digest = crypto.createHash('sha256').update(String(password)).digest('hex');
  const expr = "/users/user[@name='" + username + "' and @pw='" + digest + "']";
  return xpath.select1(expr, usersDoc); // cg-expect: CWE-643
}
module.exports = { findUserNode };
