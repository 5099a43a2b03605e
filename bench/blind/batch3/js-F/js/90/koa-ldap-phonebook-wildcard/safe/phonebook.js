const { Client, SubstringFilter, AndFilter, EqualityFilter } = require('ldapts');

const BASE = 'ou=staff,dc=corp,dc=example';

async function autocomplete(prefix) {
  const client = new Client({ url: 'ldaps://ldap.corp.example' });
  try {
    await client.bind('cn=phonebook,ou=svc,dc=corp,dc=example', process.env.PHONEBOOK_PW);
    const filter = new AndFilter({ filters: [new EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' }), new SubstringFilter({ attribute: 'displayName', initial: prefix })] });
    const { searchEntries } = await client.search(BASE, { filter, sizeLimit: 10, attributes: ['displayName', 'telephoneNumber'] });
    return searchEntries.map((e) => ({ name: e.displayName, phone: e.telephoneNumber }));
  } finally {
    await client.unbind();
  }
}

module.exports = { autocomplete };
