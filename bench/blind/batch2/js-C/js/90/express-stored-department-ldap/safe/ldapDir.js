const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });

function escapeFilter(v) {
  return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function colleagues(department) {
  return new Promise((resolve, reject) => {
    const people = [];
    const filter = `(&(objectClass=inetOrgPerson)(departmentNumber=${escapeFilter(department)}))`;
    client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, res) => {
      if (err) return reject(err);
      res.on('searchEntry', (e) => people.push(e.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(people));
    });
  });
}

module.exports = { colleagues };
