import { Client } from 'ldapts';

const BASE_DN = 'ou=staff,dc=corp,dc=example';

export async function searchPeople(fragment: string) {
  const client = new Client({ url: process.env.LDAP_URL as string, timeout: 5000 });
  try {
    await client.bind(process.env.LDAP_BIND_DN as string, process.env.LDAP_BIND_PW as string);
    const filter = `(&(objectClass=person)(|(cn=*${fragment}*)(mail=${fragment}*)))`;
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'mail', 'title'] }); // cg-expect: CWE-90
    return searchEntries.slice(0, 25).map((e) => ({ name: e.cn, mail: e.mail, title: e.title }));
  } finally {
    await client.unbind();
  }
}
