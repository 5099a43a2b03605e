const crypto = require('crypto');

const KEY = Buffer.from(process.env.LINK_KEY_HEX, 'hex');

// RC4 is symmetric: the same keystream seals and opens a link.
function keystream(buf) {
  const c = crypto.createCipheriv('rc4', KEY.subarray(0, 16), null); // cg-expect: CWE-327
  return Buffer.concat([c.update(buf), c.final()]);
}

function sealLink(obj) {
  return keystream(Buffer.from(JSON.stringify(obj))).toString('base64url');
}

function openLink(token) {
  try {
    return JSON.parse(keystream(Buffer.from(token, 'base64url')).toString('utf8'));
  } catch {
    return null;
  }
}

module.exports = { sealLink, openLink };
