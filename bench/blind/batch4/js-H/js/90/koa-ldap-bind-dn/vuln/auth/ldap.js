const ldap = require('ldapjs');

function escapeDnValue(v) {
  return String(v).replace(/[,=+<>#;\\"]/g, '\\$&').replace(/^ | $/g, '\\ ');
}
function escapeFilter(v) {
  return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function loginAndGroups(username, password) {
  const client = ldap.createClient({ url: 'ldaps://dc1.acme.local' });
  return new Promise((resolve, reject) => {
    client.bind(`uid=${escapeDnValue(username)},ou=staff,dc=acme,dc=local`, password, (err) => {
      if (err) return reject(err);
      const opts = { scope: 'sub', filter: `(memberUid=${username})`, attributes: ['cn'] };
      client.search('ou=groups,dc=acme,dc=local', opts, (e, res) => { // cg-expect: CWE-90
        if (e) return reject(e);
        const groups = [];
        res.on('searchEntry', (x) => groups.push(x.pojo.objectName));
        res.on('end', () => { client.unbind(); resolve(groups); });
      });
    });
  });
}
module.exports = { loginAndGroups };
