const fs = require('fs');
const crypto = require('crypto');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const usersDoc = new DOMParser().parseFromString(fs.readFileSync('/etc/acme/users.xml', 'utf8'), 'text/xml');

function findUserNode(username, password) {
  const digest = crypto.createHash('sha256').update(String(password)).digest('hex');
  const expr = xpath.parse('/users/user[@name=$name and @pw=$pw]');
  return expr.select1({ node: usersDoc, variables: { name: String(username), pw: digest } });
}
module.exports = { findUserNode };
