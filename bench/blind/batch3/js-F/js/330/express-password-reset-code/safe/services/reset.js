const crypto = require('crypto');
const db = require('../db');
const mailer = require('../mailer');

function makeCode() {
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code += crypto.randomInt(0, 10);
  }
  return code;
}

async function startReset(email) {
  const user = await db.users.findByEmail(email);
  if (!user) return;
  const code = makeCode();
  const jitterMs = Math.floor(Math.random() * 200);
  await db.resets.insert({ userId: user.id, code, expiresAt: Date.now() + 15 * 60 * 1000 });
  setTimeout(() => mailer.send(email, 'Your reset code', `Code: ${code}`), jitterMs);
}

module.exports = { startReset };
