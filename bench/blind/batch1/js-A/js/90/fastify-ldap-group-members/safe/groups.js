const { Client } = require('ldapts');

const BASE = 'ou=groups,dc=acme,dc=io';

// RFC 4515: escape \ * ( ) and NUL in assertion values
function sanitize(value) {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

async function groupMembers(group) {
  const client = new Client({ url: 'ldap://directory.acme.io:389' });
  await client.bind('cn=reader,dc=acme,dc=io', process.env.LDAP_READER_PW);
  try {
    const filter = `(&(objectClass=groupOfNames)(cn=${sanitize(group)})(!(cn=hidden-*)))`;
    const { searchEntries } = await client.search(BASE, { filter, attributes: ['member'] });
    if (!searchEntries.length) return null;
    return searchEntries.flatMap((e) => [].concat(e.member || []));
  } finally {
    await client.unbind();
  }
}

module.exports = { groupMembers };
