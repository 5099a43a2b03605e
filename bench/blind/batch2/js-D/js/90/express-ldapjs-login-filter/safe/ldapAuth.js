const ldap = require('ldapjs');

const BASE = 'ou=people,dc=example,dc=com';

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function findUser(client, username) {
  const filter = `(&(objectClass=inetOrgPerson)(uid=${escapeFilter(username)}))`;
  return new Promise((resolve, reject) => {
    client.search(BASE, { scope: 'sub', filter, attributes: ['uid', 'cn'] }, (err, res) => {
      if (err) return reject(err);
      let found = null;
      res.on('searchEntry', (entry) => { found = { dn: entry.dn.toString(), uid: username }; });
      res.on('error', reject);
      res.on('end', () => (found ? resolve(found) : reject(new Error('not found'))));
    });
  });
}

async function authenticate(username, password) {
  const client = ldap.createClient({ url: process.env.LDAP_URL });
  try {
    const user = await findUser(client, username);
    await new Promise((ok, fail) => client.bind(user.dn, String(password), (e) => (e ? fail(e) : ok())));
    return user;
  } finally {
    client.unbind();
  }
}

module.exports = { authenticate };
