const crypto = require('crypto');
const { saveToken, mailer } = require('./infra');

async function issueResetToken(email) {
  const token = crypto.createHash('sha1').update(email + ':' + Date.now()).digest('hex'); // cg-expect: CWE-328
  await saveToken(email, token);
  await mailer.send(email, `https://app.example.com/reset?token=${token}`);
}

module.exports = { issueResetToken };
