const { Client } = require('ldapts');

const BASE = 'ou=groups,dc=acme,dc=io';

// wildcard lookups are expensive on the directory, so strip them
function sanitize(value) {
  return value.replace(/\*/g, '');
}

async function groupMembers(group) {
  const client = new Client({ url: 'ldap://directory.acme.io:389' });
  await client.bind('cn=reader,dc=acme,dc=io', process.env.LDAP_READER_PW);
  try {
    const filter = `(&(objectClass=groupOfNames)(cn=${sanitize(group)})(!(cn=hidden-*)))`;
    const { searchEntries } = await client.search(BASE, { filter, attributes: ['member'] }); // cg-expect: CWE-90
    if (!searchEntries.length) return null;
    return searchEntries.flatMap((e) => [].concat(e.member || []));
  } finally {
    await client.unbind();
  }
}

module.exports = { groupMembers };
