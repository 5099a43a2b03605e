const { Client } = require('ldapts');

const SERVICE_DN = 'cn=svc-web,ou=services,dc=corp,dc=example';

function escapeFilterValue(v) {
  return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

async function authenticate(username, password) {
  const client = new Client({ url: 'ldaps://dir.corp.example' });
  try {
    await client.bind(SERVICE_DN, process.env.LDAP_SVC_PASSWORD);
    const filter = `(&(uid=${escapeFilterValue(username)})(accountStatus=active))`;
    const { searchEntries } = await client.search('ou=people,dc=corp,dc=example', { filter, sizeLimit: 1 });
    if (searchEntries.length !== 1) return null;
    await client.bind(searchEntries[0].dn, password);
    return { uid: searchEntries[0].uid, dn: searchEntries[0].dn };
  } catch {
    return null;
  } finally {
    await client.unbind();
  }
}

module.exports = { authenticate };
