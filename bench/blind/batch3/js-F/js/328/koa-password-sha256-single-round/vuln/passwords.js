const crypto = require('crypto');
const { promisify } = require('util');
const scrypt = promisify(crypto.scrypt);

async function hashPassword(plain) {
  const salt = crypto.randomBytes(16);
  const digest = crypto.createHash('sha256').update(Buffer.concat([salt, Buffer.from(plain)])).digest(); // cg-expect: CWE-328
  return `${salt.toString('hex')}:${digest.toString('hex')}`;
}

module.exports = { hashPassword };
