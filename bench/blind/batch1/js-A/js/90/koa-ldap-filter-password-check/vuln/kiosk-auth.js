const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldap://dir.plant.local' });
client.bind('cn=kiosk-svc,dc=plant,dc=local', process.env.KIOSK_SVC_PW, () => {});

function verifyPin(badge, pin) {
  const filter = `(&(employeeNumber=${badge})(kioskPin=${pin}))`;
  return new Promise((resolve, reject) => {
    client.search('ou=staff,dc=plant,dc=local', { scope: 'sub', filter, attributes: ['uid'] }, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      let user = null;
      res.on('searchEntry', (e) => { user = e.object; });
      res.on('error', reject);
      res.on('end', () => resolve(user));
    });
  });
}

module.exports = { verifyPin };
