import { Client } from 'ldapts';

const url = process.env.LDAP_URL ?? 'ldaps://ldap.internal:636';

function escapeFilterValue(v: string): string {
  return v.replace(/[\\*()\u0000]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function buildFilter(dept: string, site: string): string {
  return `(&(objectClass=inetOrgPerson)(departmentNumber=${escapeFilterValue(dept)})(l=${escapeFilterValue(site)}))`;
}

export async function phonebook(dept: string, site: string) {
  const client = new Client({ url, timeout: 5000 });
  try {
    await client.bind(process.env.LDAP_DN!, process.env.LDAP_PW!);
    const result = await client.search('dc=internal', { scope: 'sub', filter: buildFilter(dept, site), attributes: ['cn', 'telephoneNumber'] });
    return result.searchEntries.map((e) => ({ name: e.cn, phone: e.telephoneNumber }));
  } finally {
    await client.unbind();
  }
}
