const fs = require('fs');
const crypto = require('crypto');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/etc/app/users.xml', 'utf8'), 'text/xml');

function checkCredentials(user, pass) {
  const h = crypto.createHash('sha256').update(pass).digest('hex');
  const expr = '/users/user[name/text()=$user and hash/text()=$h]';
  const node = xpath.parse(expr).select1({ node: doc, variables: { user, h } });
  return node ? { name: user, role: xpath.select1('string(role)', node) } : null;
}

module.exports = { checkCredentials };
