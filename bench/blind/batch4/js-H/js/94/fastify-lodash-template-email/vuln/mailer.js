const _ = require('lodash');
const db = require('./db');

async function renderCampaign(campaignId, recipient) {
  const { subject, body } = await db.one('SELECT subject, body FROM campaigns WHERE id = $1', [campaignId]);
  const compiled = _.template(body); // cg-expect: CWE-94
  return { subject, html: compiled({ name: recipient.name, unsubscribe: recipient.unsubscribeUrl }) };
}
module.exports = { renderCampaign };
