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
    if (!/^[a-z0-9._-]{1,64}$/i.test(username)) return false;
    await client.bind(`uid=${escapeDnValue(username)},ou=people,dc=corp,dc=example`, password);
    return true;
  } catch {
    return false;
  } finally {
    await client.unbind();
  }
}
