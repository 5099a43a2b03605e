const crypto = require('crypto');
const KEY = Buffer.from(process.env.SHARE_KEY_HEX, 'hex');

function seal(docId, userId) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', KEY.subarray(0, 32), iv);
  const ct = Buffer.concat([c.update(JSON.stringify({ docId, userId }), 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
}
function unseal(token) {
  const raw = Buffer.from(token, 'base64url');
  const d = crypto.createDecipheriv('aes-256-gcm', KEY.subarray(0, 32), raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8'));
}
module.exports = { seal, unseal };
