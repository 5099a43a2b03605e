const fetch = require('node-fetch');
const db = require('../db');
const { assertExternal } = require('./net-guard');

async function loadLogo(companyId) {
  const { logo_url } = await db.one('SELECT logo_url FROM companies WHERE id = $1', [companyId]);
  if (!logo_url) return null;
  await assertExternal(logo_url);
  const res = await fetch(logo_url, { redirect: 'error', timeout: 4000 });
  return Buffer.from(await res.arrayBuffer());
}
module.exports = { loadLogo };
