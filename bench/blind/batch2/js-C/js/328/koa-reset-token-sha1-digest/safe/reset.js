const crypto = require('crypto');
const { saveToken, mailer } = require('./infra');

async function issueResetToken(email) {
  const token = crypto.randomBytes(32).toString('hex');
  const stored = crypto.createHash('sha256').update(token).digest('hex');
  await saveToken(email, stored);
  await mailer.send(email, `https://app.example.com/reset?token=${token}`);
}

module.exports = { issueResetToken };
