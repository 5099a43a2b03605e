const { Client } = require('ldapts');

function escapeLdap(value) {
  return String(value).replace(/[\\*()\u0000]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

async function groupMembers(cn) {
  const client = new Client({ url: 'ldaps://ldap.example.internal' });
  try {
    await client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PW);
    const filter = `(&(objectClass=groupOfNames)(cn=${escapeLdap(cn)}))`;
    const { searchEntries } = await client.search('ou=groups,dc=example,dc=internal', { scope: 'sub', filter, attributes: ['member'] }); 
    return searchEntries.flatMap((e) => [].concat(e.member || []));
  } finally {
    await client.unbind();
  }
}

module.exports = { groupMembers };
