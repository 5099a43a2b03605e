const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example' });

function escapeFilterValue(v) {
  return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function findPerson(uid) {
  const filter = `(&(objectClass=person)(uid=${uid}))`;
  return new Promise((resolve, reject) => {
    client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      const out = [];
      res.on('searchEntry', (e) => out.push(e.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(out));
    });
  });
}
module.exports = { findPerson, escapeFilterValue };
