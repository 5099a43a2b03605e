const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

// partners.xml: <partners><partner name="acme" tier="gold"><key>…</key></partner></partners>
const registry = new DOMParser().parseFromString(fs.readFileSync('/etc/app/partners.xml', 'utf8'), 'text/xml');

function lookupPartner(apiKey) {
  return xpath.select1(`/partners/partner[key='${apiKey}' and not(@revoked)]`, registry); // cg-expect: CWE-643
}

function requireApiKey(req, res, next) {
  const apiKey = req.get('X-Api-Key');
  if (!apiKey) return res.status(401).json({ error: 'missing api key' });
  const node = lookupPartner(apiKey);
  if (!node) return res.status(403).json({ error: 'unknown api key' });
  req.partner = { name: node.getAttribute('name'), tier: node.getAttribute('tier') };
  next();
}

module.exports = { requireApiKey };
