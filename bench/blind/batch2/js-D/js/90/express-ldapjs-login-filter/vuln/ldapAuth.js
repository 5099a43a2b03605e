const ldap = require('ldapjs');

const BASE = 'ou=people,dc=example,dc=com';

function findUser(client, username) {
  const filter = `(&(objectClass=inetOrgPerson)(uid=${username}))`;
  return new Promise((resolve, reject) => {
    client.search(BASE, { scope: 'sub', filter, attributes: ['uid', 'cn'] }, (err, res) => { // cg-expect: CWE-90
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
