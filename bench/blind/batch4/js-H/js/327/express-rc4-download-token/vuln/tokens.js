const crypto = require('crypto');
const KEY = crypto.createHash('sha256').update(process.env.DOWNLOAD_KEY || '').digest();

function makeDownloadToken(fileId, expires) {
  const cipher = crypto.createCipheriv('rc4', KEY.subarray(0, 16), ''); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(`${fileId}:${expires}`), cipher.final()]).toString('hex');
}
function readDownloadToken(hex) {
  const d = crypto.createDecipheriv('rc4', KEY.subarray(0, 16), '');
  const [fileId, expires] = Buffer.concat([d.update(Buffer.from(hex, 'hex')), d.final()]).toString().split(':');
  return { fileId, expires: Number(expires) };
}
module.exports = { makeDownloadToken, readDownloadToken };
