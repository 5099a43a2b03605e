import ldap from 'ldapjs';

const client = ldap.createClient({ url: 'ldaps://ldap.corp.example:636' });

function escapeFilter(v: string): string {
  return v.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

export function searchPeople(name: string): Promise<Array<Record<string, unknown>>> {
  const filter = `(&(objectClass=person)(cn=${escapeFilter(name)}*))`;
  return new Promise((resolve, reject) => {
    const out: Array<Record<string, unknown>> = [];
    client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, res) => { 
      if (err) return reject(err);
      res.on('searchEntry', (entry) => out.push(entry.pojo));
      res.on('error', reject);
      res.on('end', () => resolve(out));
    });
  });
}
