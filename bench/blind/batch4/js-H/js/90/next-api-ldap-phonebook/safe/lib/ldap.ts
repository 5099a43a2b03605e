import { Client, EqualityFilter, OrFilter, SubstringFilter } from 'ldapts';

export async function searchPhonebook(name: string) {
  const client = new Client({ url: 'ldaps://ldap.acme.io' });
  try {
    const filter = new OrFilter({ filters: [
      new SubstringFilter({ attribute: 'cn', any: [name] }),
      new SubstringFilter({ attribute: 'sn', any: [name] }),
    ] });
    const { searchEntries } = await client.search('ou=people,dc=acme,dc=io', { filter, attributes: ['cn', 'telephoneNumber'] });
    return searchEntries.map((e) => ({ name: e.cn, phone: e.telephoneNumber }));
  } finally {
    await client.unbind();
  }
}
