const { Client, EqualityFilter } = require('ldapts');

const client = new Client({ url: 'ldaps://mail-dir.internal' });

async function aliasTaken(alias) {
  const filter = new EqualityFilter({ attribute: 'mailAlternateAddress', value: `${alias}@example.com` });
  const { searchEntries } = await client.search('ou=mail,dc=example,dc=com', { filter, sizeLimit: 1, attributes: ['uid'] });
  return searchEntries.length > 0;
}

module.exports = { aliasTaken };
