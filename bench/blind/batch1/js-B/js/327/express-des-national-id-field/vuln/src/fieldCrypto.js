const crypto = require('crypto');

// 8-byte key, base64 in FIELD_KEY
const KEY = Buffer.from(process.env.FIELD_KEY || '', 'base64');

function sealField(plain) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('des-cbc', KEY, iv); // cg-expect: CWE-327
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${iv.toString('base64')}:${body.toString('base64')}`;
}

function openField(sealed) {
  const [ivB64, bodyB64] = sealed.split(':');
  const decipher = crypto.createDecipheriv('des-cbc', KEY, Buffer.from(ivB64, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(bodyB64, 'base64')), decipher.final()]).toString('utf8');
}

module.exports = { sealField, openField };
