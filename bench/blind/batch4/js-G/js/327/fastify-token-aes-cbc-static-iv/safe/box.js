const crypto = require('crypto');

const KEY = crypto.createHash('sha256').update(process.env.RESET_LINK_SECRET || '').digest();
const IV_LEN = 12;

function seal(text) {
  const iv = crypto.randomBytes(IV_LEN);
  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
}

function open(token) {
  try {
    const raw = Buffer.from(token, 'base64url');
    const d = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, IV_LEN));
    d.setAuthTag(raw.subarray(IV_LEN, IV_LEN + 16));
    return JSON.parse(Buffer.concat([d.update(raw.subarray(IV_LEN + 16)), d.final()]).toString('utf8'));
  } catch {
    return null;
  }
}

module.exports = { seal, open };
