const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

// flags.xml: <flags><tenant id="acme"><flag name="beta" secret="false">on</flag></tenant></flags>
const flagsDoc = new DOMParser().parseFromString(fs.readFileSync(`${__dirname}/flags.xml`, 'utf8'), 'text/xml');

// quotes would let callers break out of the predicate, so drop them
const strip = (s) => s.replace(/'/g, '');

function flagFor(tenant, name) {
  const expr = `string(/flags/tenant[@id="${strip(tenant)}"]/flag[@name="${strip(name)}" and @secret="false"])`;
  const value = xpath.select(expr, flagsDoc); // cg-expect: CWE-643
  return value === '' ? null : value;
}

module.exports = { flagFor };
