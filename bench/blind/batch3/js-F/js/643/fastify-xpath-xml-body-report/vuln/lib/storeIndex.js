const fs = require('fs');
const { evaluateXPathToNodes } = require('fontoxpath');
const { sync } = require('slimdom-sax-parser');

const doc = sync(fs.readFileSync('/srv/data/stores.xml', 'utf8'));

function storesInRegion(region) {
  const nodes = evaluateXPathToNodes(`/stores/store[region = "${region}"]`, doc); // cg-expect: CWE-643
  return nodes.map((n) => ({ id: n.getAttribute('id'), name: n.getAttribute('name') }));
}

module.exports = { storesInRegion };
