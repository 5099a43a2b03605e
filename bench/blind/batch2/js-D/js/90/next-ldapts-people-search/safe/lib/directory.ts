import { Client } from 'ldapts';

const BASE_DN = 'ou=staff,dc=corp,dc=example';

function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export async function searchPeople(fragment: string) {
  const client = new Client({ url: process.env.LDAP_URL as string, timeout: 5000 });
  try {
    await client.bind(process.env.LDAP_BIND_DN as string, process.env.LDAP_BIND_PW as string);
    const v = escapeFilterValue(fragment);
    const filter = `(&(objectClass=person)(|(cn=*${v}*)(mail=${v}*)))`;
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'mail', 'title'] });
    return searchEntries.slice(0, 25).map((e) => ({ name: e.cn, mail: e.mail, title: e.title }));
  } finally {
    await client.unbind();
  }
}
