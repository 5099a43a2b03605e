const crypto = require('crypto');

const ADMIN_USER = 'ops-admin';
const ADMIN_PASS = 'Zq7!mW2#rLx9@vKp'; // cg-expect: CWE-798

function same(a, b) {
  const ha = crypto.createHash('sha256').update(String(a)).digest();
  const hb = crypto.createHash('sha256').update(String(b)).digest();
  return crypto.timingSafeEqual(ha, hb);
}

async function validateAdmin(username, password) {
  if (!ADMIN_USER || !ADMIN_PASS) throw new Error('admin login disabled');
  if (!(same(username, ADMIN_USER) && same(password, ADMIN_PASS))) {
    throw new Error('unauthorized');
  }
}

module.exports = { validateAdmin };
