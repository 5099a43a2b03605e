const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function findUserDn(username) {
  const filter = `(&(objectClass=person)(uid=${escapeFilter(username)}))`;
  return new Promise((resolve, reject) => {
    client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter }, (err, res) => {
      if (err) return reject(err);
      let dn = null;
      res.on('searchEntry', (entry) => { dn = entry.objectName; });
      res.on('error', reject);
      res.on('end', () => resolve(dn));
    });
  });
}

module.exports = { findUserDn };
