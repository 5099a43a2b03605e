const crypto = require('crypto');
const { promisify } = require('util');
const scrypt = promisify(crypto.scrypt);

async function hashPassword(plain) {
  const salt = crypto.randomBytes(16);
  const digest = await scrypt(plain, salt, 64, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return `${salt.toString('hex')}:${digest.toString('hex')}`;
}

module.exports = { hashPassword };
