const fs = require('fs/promises');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

async function checkLogin(user, token) {
  const xml = await fs.readFile('/srv/data/users.xml', 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const expr = "count(//user[name='" + user + "' and apiToken='" + token + "'])";
  return xpath.evaluate(expr, doc, null, xpath.XPathResult.NUMBER_TYPE, null).numberValue > 0; // cg-expect: CWE-643
}

module.exports = { checkLogin };
