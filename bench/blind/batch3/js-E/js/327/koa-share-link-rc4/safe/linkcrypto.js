const crypto = require('crypto');

const KEY = Buffer.from(process.env.LINK_KEY_HEX, 'hex');

function keystream(buf, decrypt = false) {
  if (decrypt) {
    const d = crypto.createDecipheriv('aes-256-gcm', KEY, buf.subarray(0, 12));
    d.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([d.update(buf.subarray(28)), d.final()]);
  }
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const ct = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]);
}

function sealLink(obj) {
  return keystream(Buffer.from(JSON.stringify(obj))).toString('base64url');
}

function openLink(token) {
  try {
    return JSON.parse(keystream(Buffer.from(token, 'base64url'), true).toString('utf8'));
  } catch {
    return null;
  }
}

module.exports = { sealLink, openLink };
