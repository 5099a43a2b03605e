const ldap = require('ldapjs');

const BASE = 'ou=people,dc=example,dc=com';

function findUser(client, username) {
  return new Promise((resolve, reject) => {
    const opts = { scope: 'sub', attributes: ['dn', 'cn'], filter: `(&(objectClass=inetOrgPerson)(uid=${username}))` };
    client.search(BASE, opts, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      const found = [];
      res.on('searchEntry', (entry) => found.push(entry.object));
      res.on('error', reject);
      res.on('end', () => (found.length ? resolve(found[0]) : reject(new Error('no such user'))));
    });
  });
}

async function authenticate(username, password) {
  const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });
  await new Promise((ok, fail) => client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW, (e) => (e ? fail(e) : ok())));
  const user = await findUser(client, username);
  await new Promise((ok, fail) => client.bind(user.dn, password, (e) => (e ? fail(e) : ok())));
  client.unbind();
  return user;
}

module.exports = { authenticate };
