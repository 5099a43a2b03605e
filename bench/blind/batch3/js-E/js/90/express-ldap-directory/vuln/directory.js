const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });
const BASE = 'ou=people,dc=corp,dc=example';

function buildFilter(name) {
  return `(&(objectClass=person)(cn=${name}))`;
}

function searchPeople(name) {
  return new Promise((resolve, reject) => {
    const found = [];
    client.search(BASE, { scope: 'sub', filter: buildFilter(name), attributes: ['cn', 'mail'] }, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      res.on('searchEntry', (entry) => found.push(entry.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(found));
    });
  });
}

module.exports = { searchPeople };
