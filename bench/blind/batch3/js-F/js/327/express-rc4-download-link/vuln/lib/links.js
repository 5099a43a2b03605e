const crypto = require('crypto');

function sealFileId(fileId, key) {
  const c = crypto.createCipheriv('rc4', key, ''); // cg-expect: CWE-327
  return Buffer.concat([c.update(String(fileId)), c.final()]).toString('base64url');
}

module.exports = { sealFileId };
