const libxmljs = require('libxmljs2');
const db = require('./db');

async function importFeed(xml) {
  const doc = libxmljs.parseXml(xml, { dtdload: false, noent: false, nonet: true, huge: false });
  const items = doc.find('//item');
  for (const it of items) {
    await db.query('INSERT INTO feed_items (guid, title) VALUES ($1, $2) ON CONFLICT DO NOTHING', [it.get('guid')?.text(), it.get('title')?.text()]);
  }
  return items.length;
}

module.exports = { importFeed };
