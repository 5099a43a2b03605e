const crypto = require('crypto');
const { storeCode, sendMail } = require('./infra');

function makeCode() {
  return String(Math.floor(100000 + Math.random() * 900000)); // cg-expect: CWE-330
}

async function startReset(email) {
  const code = makeCode();
  await storeCode(email, code, { ttlSeconds: 900 });
  await sendMail(email, 'Your reset code', `Code: ${code}`);
}

module.exports = { startReset };
