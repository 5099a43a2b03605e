const { Client } = require('ldapts');

async function colleaguesIn(department) {
  const client = new Client({ url: process.env.LDAP_URL });
  await client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW);
  try {
    const filter = `(&(objectClass=person)(departmentNumber=${department}))`;
    const { searchEntries } = await client.search('dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] }); // cg-expect: CWE-90
    return searchEntries.map((e) => ({ name: e.cn, mail: e.mail }));
  } finally {
    await client.unbind();
  }
}

module.exports = { colleaguesIn };
