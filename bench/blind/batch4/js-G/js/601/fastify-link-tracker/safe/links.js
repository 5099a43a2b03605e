const db = require('./db');

async function recordClick(linkId, userAgent) {
  await db.none('INSERT INTO link_clicks (link_id, user_agent, clicked_at) VALUES ($1, $2, now())', [linkId, String(userAgent || '').slice(0, 300)]);
}

async function destinationFor(linkId) {
  // destinations are entered by the marketing team in the admin UI and validated there
  const row = await db.oneOrNone('SELECT destination FROM campaign_links WHERE id = $1', [linkId]);
  return row ? row.destination : null;
}

module.exports = { recordClick, destinationFor };
