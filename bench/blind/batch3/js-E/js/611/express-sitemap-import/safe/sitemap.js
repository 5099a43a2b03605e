const libxmljs = require('libxmljs2');

const NS = { s: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

function importSitemap(xmlText) {
  const doc = libxmljs.parseXml(xmlText, { noent: false, nonet: true });
  return doc.find('//s:url/s:loc', NS).map((n) => n.text().trim());
}

module.exports = { importSitemap };
