const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

// flags.xml: <flags><tenant id="acme"><flag name="beta" secret="false">on</flag></tenant></flags>
const flagsDoc = new DOMParser().parseFromString(fs.readFileSync(`${__dirname}/flags.xml`, 'utf8'), 'text/xml');

const query = xpath.parse('string(/flags/tenant[@id=$tenant]/flag[@name=$name and @secret="false"])');

function flagFor(tenant, name) {
  const value = query.evaluateString({ node: flagsDoc, variables: { tenant, name } });
  return value === '' ? null : value;
}

module.exports = { flagFor };
