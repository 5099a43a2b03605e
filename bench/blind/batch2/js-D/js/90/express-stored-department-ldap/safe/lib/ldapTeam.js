const { Client } = require('ldapts');

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

async function colleaguesIn(department) {
  const client = new Client({ url: process.env.LDAP_URL });
  await client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW);
  try {
    const filter = `(&(objectClass=person)(departmentNumber=${escapeFilter(department)}))`;
    const { searchEntries } = await client.search('dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] });
    return searchEntries.map((e) => ({ name: e.cn, mail: e.mail }));
  } finally {
    await client.unbind();
  }
}

module.exports = { colleaguesIn };
