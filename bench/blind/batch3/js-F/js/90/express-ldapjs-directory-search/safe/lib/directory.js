const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });

function searchPeople(name, cb) {
  const filter = new ldap.EqualityFilter({ attribute: 'cn', value: name });
  const opts = {
    filter: new ldap.AndFilter({ filters: [new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }), filter] }),
    scope: 'sub',
    attributes: ['cn', 'mail', 'title'],
  };
  const out = [];
  client.search('ou=people,dc=corp,dc=example', opts, (err, res) => {
    if (err) return cb(err);
    res.on('searchEntry', (e) => out.push(e.pojo));
    res.on('error', cb);
    res.on('end', () => cb(null, out));
  });
}

module.exports = { searchPeople };
