const crypto = require('crypto');
const { promisify } = require('util');

const scrypt = promisify(crypto.scrypt);

async function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // cg-expect: CWE-328
}

function fingerprint(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

module.exports = { hashPassword, fingerprint, scrypt };
