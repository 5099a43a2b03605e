const libxmljs = require('libxmljs');
const pool = require('../db');

async function processFeed(feedId) {
  const { rows } = await pool.query('SELECT xml FROM partner_feeds WHERE id = $1', [feedId]);
  if (!rows.length) return 0;
  const doc = libxmljs.parseXml(rows[0].xml, { replaceEntities: true }); // cg-expect: CWE-611
  const products = doc.find('//product');
  for (const p of products) {
    await pool.query('INSERT INTO products (sku, title) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET title = $2', [
      p.attr('sku').value(),
      p.get('title').text(),
    ]);
  }
  await pool.query("UPDATE partner_feeds SET status = 'done' WHERE id = $1", [feedId]);
  return products.length;
}

module.exports = { processFeed };
