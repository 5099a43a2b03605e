import { Client, EqualityFilter, OrFilter, SubstringFilter } from 'ldapts';

export async function searchPhonebook(name: string) {
  const client = new Client({ url: 'ldaps://ldap.acme.io' });
  try {
    const filter = `(|(cn=*${name}*)(sn=*${name}*))`;
    const { searchEntries } = await client.search('ou=people,dc=acme,dc=io', { filter, attributes: ['cn', 'telephoneNumber'] }); // cg-expect: CWE-90
    return searchEntries.map((e) => ({ name: e.cn, phone: e.telephoneNumber }));
  } finally {
    await client.unbind();
  }
}
