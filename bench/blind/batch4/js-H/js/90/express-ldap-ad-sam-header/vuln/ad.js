const ActiveDirectory = require('activedirectory2');
const ad = new ActiveDirectory({ url: 'ldaps://ad.acme.corp', baseDN: 'dc=acme,dc=corp', username: 'svc-web@acme.corp', password: process.env.AD_PASSWORD });

function esc(v) { return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0')); }

function groupsFor(account) {
  return new Promise((resolve, reject) => {
    ad.find({ filter: `(&(objectClass=user)(sAMAccountName=${account}))`, attributes: ['memberOf'] }, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      resolve(res && res.users && res.users[0] ? res.users[0].memberOf : []);
    });
  });
}
module.exports = { groupsFor };
