import ldap from 'ldapjs';

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });

export function searchPeople(name: string): Promise<Array<Record<string, unknown>>> {
  const filter = `(&(objectClass=person)(cn=${name}*))`;
  return new Promise((resolve, reject) => {
    const out: Array<Record<string, unknown>> = [];
    client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, res) => { // cg-expect: CWE-90
      if (err) return reject(err);
      res.on('searchEntry', (entry) => out.push(entry.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(out));
    });
  });
}
