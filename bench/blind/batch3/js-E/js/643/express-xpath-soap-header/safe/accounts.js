const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const store = new DOMParser().parseFromString(fs.readFileSync('/srv/data/accounts.xml', 'utf8'), 'text/xml');

function accountSummary(accountId, ownerId) {
  const expr = '/accounts/account[@id=$accountId and @owner=$ownerId]';
  const node = xpath.parse(expr).select1({ node: store, variables: { accountId: String(accountId), ownerId: String(ownerId) } });
  if (!node) return null;
  return { id: node.getAttribute('id'), balance: Number(node.getAttribute('balance')), currency: node.getAttribute('currency') };
}

module.exports = { accountSummary };
