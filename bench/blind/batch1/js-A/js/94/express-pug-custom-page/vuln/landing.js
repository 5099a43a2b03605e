const pug = require('pug');
const db = require('./db');

async function saveLandingPage(shop, markup) {
  await db.query('UPDATE shops SET landing_pug = $1 WHERE slug = $2', [markup, shop]);
}

async function renderLandingPage(shop) {
  const { rows } = await db.query('SELECT name, landing_pug FROM shops WHERE slug = $1', [shop]);
  if (!rows.length) throw new Error('shop not found');
  const page = pug.compile(rows[0].landing_pug); // cg-expect: CWE-94
  return page({ shopName: rows[0].name });
}

module.exports = { renderLandingPage, saveLandingPage };
