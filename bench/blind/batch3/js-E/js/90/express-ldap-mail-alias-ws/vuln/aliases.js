const { Client, EqualityFilter } = require('ldapts');

const client = new Client({ url: 'ldaps://mail-dir.internal' });

async function aliasTaken(alias) {
  const filter = `(mailAlternateAddress=${alias}@example.com)`;
  const { searchEntries } = await client.search('ou=mail,dc=example,dc=com', { filter, sizeLimit: 1, attributes: ['uid'] }); // cg-expect: CWE-90
  return searchEntries.length > 0;
}

module.exports = { aliasTaken };
