const crypto = require('crypto');
const KEY = crypto.createHash('sha256').update(process.env.DOWNLOAD_KEY || '').digest();

function makeDownloadToken(fileId, expires) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('chacha20-poly1305', KEY, iv, { authTagLength: 16 });
  const ct = Buffer.concat([cipher.update(`${fileId}:${expires}`), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('hex');
}
function readDownloadToken(hex) {
  const raw = Buffer.from(hex, 'hex');
  const d = crypto.createDecipheriv('chacha20-poly1305', KEY, raw.subarray(0, 12), { authTagLength: 16 });
  d.setAuthTag(raw.subarray(12, 28));
  const [fileId, expires] = Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString().split(':');
  return { fileId, expires: Number(expires) };
}
module.exports = { makeDownloadToken, readDownloadToken };
