const crypto = require('crypto');

const KEY = crypto.createHash('sha256').update(process.env.RESET_LINK_SECRET || '').digest();
const IV = Buffer.alloc(16, 0);

function seal(text) {
  const c = crypto.createCipheriv('aes-256-cbc', KEY, IV); // cg-expect: CWE-327
  return Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('base64url');
}

function open(token) {
  try {
    const raw = Buffer.from(token, 'base64url');
    const d = crypto.createDecipheriv('aes-256-cbc', KEY, IV);
    return JSON.parse(Buffer.concat([d.update(raw), d.final()]).toString('utf8'));
  } catch {
    return null;
  }
}

module.exports = { seal, open };
