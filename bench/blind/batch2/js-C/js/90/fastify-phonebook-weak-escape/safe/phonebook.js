const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldap://ldap.internal:389' });

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function phonebookSearch(name) {
  const term = escapeFilter(name);
  const opts = { scope: 'sub', filter: `(&(department=public)(cn=${term}*))`, attributes: ['cn', 'telephoneNumber'] };
  return new Promise((resolve, reject) => {
    const out = [];
    client.search('ou=staff,dc=example,dc=org', opts, (err, res) => {
      if (err) return reject(err);
      res.on('searchEntry', (e) => out.push(e.pojo));
      res.on('end', () => resolve(out));
      res.on('error', reject);
    });
  });
}

module.exports = { phonebookSearch };
