const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldaps://ldap.example.org' });

function findByMail(email) {
  const opts = { scope: 'sub', filter: new ldap.AndFilter({ filters: [new ldap.EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' }), new ldap.EqualityFilter({ attribute: 'mail', value: email })] }), attributes: ['uid', 'mail'], sizeLimit: 1 };
  return new Promise((resolve, reject) => {
    client.search('ou=people,dc=example,dc=org', opts, (err, res) => {
      if (err) return reject(err);
      let found = null;
      res.on('searchEntry', (e) => { found = e.pojo; });
      res.on('error', reject);
      res.on('end', () => resolve(found && {
        uid: found.attributes.find((a) => a.type === 'uid')?.values[0],
        mail: found.attributes.find((a) => a.type === 'mail')?.values[0],
      }));
    });
  });
}

module.exports = { findByMail };
