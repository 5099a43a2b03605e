const crypto = require('crypto');

function sealFileId(fileId, key) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(String(fileId)), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
}

module.exports = { sealFileId };
