import { Client } from 'ldapts';

function escapeDnValue(v: string): string {
  return v
    .replace(/[\\,+"<>;=#]/g, (c) => '\\' + c)
    .replace(/^ /, '\\ ')
    .replace(/ $/, '\\ ');
}

export async function ldapLogin(username: string, password: string): Promise<boolean> {
  if (!password) return false;
  const client = new Client({ url: 'ldaps://ldap.corp.example:636' });
  try {
    await client.bind(`uid=${username},ou=people,dc=corp,dc=example`, password); // cg-expect: CWE-90
    return true;
  } catch {
    return false;
  } finally {
    await client.unbind();
  }
}
