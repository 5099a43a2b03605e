const crypto = require('crypto');

// 32-byte key, base64 in FIELD_KEY
const KEY = Buffer.from(process.env.FIELD_KEY || '', 'base64');

function sealField(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${iv.toString('base64')}:${body.toString('base64')}:${tag.toString('base64')}`;
}

function openField(sealed) {
  const [ivB64, bodyB64, tagB64] = sealed.split(':');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, Buffer.from(ivB64, 'base64'));
  decipher.setAuthTag(Buffer.from(tagB64, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(bodyB64, 'base64')), decipher.final()]).toString('utf8');
}

module.exports = { sealField, openField };
