const fs = require('fs/promises');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

async function checkLogin(user, token) {
  const xml = await fs.readFile('/srv/data/users.xml', 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const expr = xpath.parse('count(//user[name=$user and apiToken=$token])');
  return expr.evaluateNumber({ node: doc, variables: { user: String(user), token: String(token) } }) > 0;
}

module.exports = { checkLogin };
