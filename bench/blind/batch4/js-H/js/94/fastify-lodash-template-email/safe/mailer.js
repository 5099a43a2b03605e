const _ = require('lodash');
const db = require('./db');

async function renderCampaign(campaignId, recipient) {
  const { subject, body } = await db.one('SELECT subject, body FROM campaigns WHERE id = $1', [campaignId]);
  const vars = { name: _.escape(recipient.name), unsubscribe: _.escape(recipient.unsubscribeUrl) };
  // only {{name}} / {{unsubscribe}} placeholders; the template itself is never compiled to code
  const html = String(body).replace(/\{\{\s*(name|unsubscribe)\s*\}\}/g, (_m, k) => vars[k]);
  return { subject, html };
}
module.exports = { renderCampaign };
