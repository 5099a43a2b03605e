import ldap from 'ldapjs';

export function searchOne(base: string, filter: string, attributes: string[]): Promise<Record<string, unknown> | null> {
  const client = ldap.createClient({ url: process.env.LDAP_URL as string });
  return new Promise((resolve, reject) => {
    client.bind(process.env.LDAP_DN as string, process.env.LDAP_PW as string, (bindErr) => {
      if (bindErr) return reject(bindErr);
      client.search(base, { scope: 'sub', filter, attributes, sizeLimit: 1 }, (err, res) => {
        if (err) return reject(err);
        let first: Record<string, unknown> | null = null;
        res.on('searchEntry', (entry) => { first ??= entry.object; });
        res.on('error', reject);
        res.on('end', () => { client.unbind(); resolve(first); });
      });
    });
  });
}
