const crypto = require('crypto');
const KEY = Buffer.from(process.env.SHARE_KEY_HEX, 'hex');

function seal(docId, userId) {
  const c = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null); // cg-expect: CWE-327
  return Buffer.concat([c.update(JSON.stringify({ docId, userId }), 'utf8'), c.final()]).toString('base64url');
}
function unseal(token) {
  const d = crypto.createDecipheriv('aes-128-ecb', KEY.subarray(0, 16), null);
  return JSON.parse(Buffer.concat([d.update(Buffer.from(token, 'base64url')), d.final()]).toString('utf8'));
}
module.exports = { seal, unseal };
