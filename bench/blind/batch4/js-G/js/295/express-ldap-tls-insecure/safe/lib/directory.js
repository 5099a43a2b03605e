const fs = require('fs');
const { Client } = require('ldapts');

function makeClient() {
  return new Client({
    url: 'ldaps://dc01.corp.example:636',
    tlsOptions: { rejectUnauthorized: true, ca: [fs.readFileSync('/etc/ssl/corp-root.pem')] },
  });
}

async function checkPassword(username, password) {
  if (!/^[a-z0-9._-]{1,64}$/i.test(username) || !password) return false;
  const client = makeClient();
  try {
    await client.bind(`uid=${username},ou=people,dc=corp,dc=example`, password);
    return true;
  } catch {
    return false;
  } finally {
    await client.unbind().catch(() => {});
  }
}

module.exports = { checkPassword };
