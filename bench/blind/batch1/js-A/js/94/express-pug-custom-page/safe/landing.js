const pug = require('pug');
const path = require('path');
const db = require('./db');

// the page layout is a fixed template; shop owners only provide text content
const page = pug.compileFile(path.join(__dirname, 'views', 'landing.pug'));

async function saveLandingPage(shop, markup) {
  await db.query('UPDATE shops SET landing_pug = $1 WHERE slug = $2', [markup, shop]);
}

async function renderLandingPage(shop) {
  const { rows } = await db.query('SELECT name, landing_pug FROM shops WHERE slug = $1', [shop]);
  if (!rows.length) throw new Error('shop not found');
  return page({ shopName: rows[0].name, intro: rows[0].landing_pug });
}

module.exports = { renderLandingPage, saveLandingPage };
