const ldap = require('ldapjs');
const { AndFilter, EqualityFilter } = require('@ldapjs/filter');

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });
const BASE = 'ou=people,dc=corp,dc=example';

function buildFilter(name) {
  return new AndFilter({
    filters: [
      new EqualityFilter({ attribute: 'objectClass', value: 'person' }),
      new EqualityFilter({ attribute: 'cn', value: name }),
    ],
  });
}

function searchPeople(name) {
  return new Promise((resolve, reject) => {
    const found = [];
    client.search(BASE, { scope: 'sub', filter: buildFilter(name), attributes: ['cn', 'mail'] }, (err, res) => {
      if (err) return reject(err);
      res.on('searchEntry', (entry) => found.push(entry.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(found));
    });
  });
}

module.exports = { searchPeople };
