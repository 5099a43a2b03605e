const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const bundle = new DOMParser().parseFromString(fs.readFileSync(__dirname + '/../resources/messages.xml', 'utf8'), 'text/xml');

function message(lang, key) {
  const node = xpath.select1("/bundle/lang[@code='" + lang + "']/msg[@key='" + key + "']/text()", bundle); // cg-expect: CWE-643
  return node ? node.nodeValue : null;
}

module.exports = { message };
