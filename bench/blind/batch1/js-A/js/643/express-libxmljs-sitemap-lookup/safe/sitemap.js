const fs = require('fs');
const libxmljs = require('libxmljs2');

const NS = { sm: 'http://www.sitemaps.org/schemas/sitemap/0.9' };
const sitemap = libxmljs.parseXml(fs.readFileSync('/srv/site/sitemap-full.xml', 'utf8'));
const SECTION_RE = /^\/[A-Za-z0-9/_-]{0,120}$/;

function pagesUnder(section) {
  if (!SECTION_RE.test(section)) return [];
  // only pages flagged as listed; drafts live in the same file
  const nodes = sitemap.find(`//sm:url[starts-with(sm:loc, 'https://www.example.com${section}') and not(@draft)]`, NS);
  return nodes.map((n) => ({ loc: n.get('sm:loc', NS).text(), lastmod: n.get('sm:lastmod', NS)?.text() }));
}

module.exports = { pagesUnder };
