const crypto = require('crypto');
const { storeCode, sendMail } = require('./infra');

function makeCode() {
  return String(crypto.randomInt(100000, 1000000));
}

async function startReset(email) {
  const code = makeCode();
  await storeCode(email, code, { ttlSeconds: 900 });
  await sendMail(email, 'Your reset code', `Code: ${code}`);
}

module.exports = { startReset };
