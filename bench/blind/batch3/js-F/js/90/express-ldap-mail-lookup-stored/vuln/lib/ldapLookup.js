const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example' });

function lookupManager(email) {
  return new Promise((resolve, reject) => {
    const filter = '(mail=' + email + ')';
    client.search('dc=corp,dc=example', { filter, scope: 'sub', attributes: ['manager'] }, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      let manager = null;
      res.on('searchEntry', (e) => { manager = e.pojo.attributes.find((a) => a.type === 'manager')?.values[0] ?? null; });
      res.on('error', reject);
      res.on('end', () => resolve(manager));
    });
  });
}

module.exports = { lookupManager };
