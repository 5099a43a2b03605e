const libxml = require('libxmljs');

function countUrls(xmlText) {
  const doc = libxml.parseXmlString(xmlText, { noent: true, noblanks: true }); // cg-expect: CWE-611
  const ns = { s: 'http://www.sitemaps.org/schemas/sitemap/0.9' };
  return doc.find('//s:url/s:loc', ns).map((n) => n.text());
}

module.exports = { countUrls };
