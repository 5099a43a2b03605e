const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync(__dirname + '/menu.xml', 'utf8'), 'text/xml');

function lookupDish(dish) {
  const expr = `/menu/dish[available='true'][contains(name, '${dish}')]`;
  const nodes = xpath.select(expr, doc); // cg-expect: CWE-643
  return nodes.slice(0, 20).map((n) => ({
    name: xpath.select1('string(name)', n),
    price: Number(xpath.select1('string(price)', n)),
  }));
}

module.exports = { lookupDish };
