const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });

function searchPeople(name, cb) {
  const opts = {
    filter: `(&(objectClass=person)(cn=${name}))`,
    scope: 'sub',
    attributes: ['cn', 'mail', 'title'],
  };
  const out = [];
  client.search('ou=people,dc=corp,dc=example', opts, (err, res) => { // cg-expect: CWE-90
    if (err) return cb(err);
    res.on('searchEntry', (e) => out.push(e.pojo));
    res.on('error', cb);
    res.on('end', () => cb(null, out));
  });
}

module.exports = { searchPeople };
