const ldap = require('ldapjs');

const client = ldap.createClient({ url: process.env.LDAP_URL });

function findAccount(login) {
  const filter = ldap.parseFilter('(|(uid=' + login + ')(mail=' + login + '))'); // cg-expect: CWE-90
  return new Promise((resolve, reject) => {
    client.search('dc=example,dc=org', { scope: 'sub', filter, sizeLimit: 1 }, (err, res) => {
      if (err) return reject(err);
      let hit = null;
      res.on('searchEntry', (e) => { hit = { dn: e.objectName, mail: e.pojo.attributes.find((a) => a.type === 'mail')?.values[0] }; });
      res.on('error', reject);
      res.on('end', () => resolve(hit));
    });
  });
}

module.exports = { findAccount };
