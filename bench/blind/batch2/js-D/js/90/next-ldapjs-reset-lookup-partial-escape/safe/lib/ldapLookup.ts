import ldap from 'ldapjs';

function escapeValue(v: string): string {
  return v.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

export function findAccountByMail(mail: string): Promise<{ uid: string; mail: string } | null> {
  const client = ldap.createClient({ url: process.env.LDAP_URL as string });
  const filter = `(&(objectClass=inetOrgPerson)(mail=${escapeValue(mail)}))`;
  return new Promise((resolve, reject) => {
    client.search('ou=people,dc=example,dc=org', { scope: 'sub', filter, sizeLimit: 1 }, (err, res) => {
      if (err) return reject(err);
      let found: { uid: string; mail: string } | null = null;
      res.on('searchEntry', (e) => {
        const attrs = Object.fromEntries(e.attributes.map((a) => [a.type, a.values[0]]));
        found = { uid: String(attrs.uid), mail: String(attrs.mail) };
      });
      res.on('error', reject);
      res.on('end', () => {
        client.unbind();
        resolve(found);
      });
    });
  });
}
