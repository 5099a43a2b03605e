const crypto = require('crypto');

const ITERATIONS = 600000;
const DIGEST = 'sha256';

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, DIGEST);
  return `${ITERATIONS}$${salt.toString('hex')}$${key.toString('hex')}`;
}

function verifyPassword(password, stored) {
  const [iter, saltHex, keyHex] = stored.split('$');
  const key = crypto.pbkdf2Sync(password, Buffer.from(saltHex, 'hex'), Number(iter), 32, DIGEST);
  return crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

module.exports = { hashPassword, verifyPassword };
