import { Client } from 'ldapts';

const client = new Client({ url: 'ldap://ldap.intranet:389' });
let ready: Promise<void> | null = null;

const filters = {
  byTitle: (title: string) => `(&(objectClass=person)(title=${title})(!(accountStatus=disabled)))`,
};

export async function peopleWithTitle(title: string) {
  ready ??= client.bind('uid=ssr-reader,ou=apps,dc=intranet', process.env['LDAP_READER_SECRET'] ?? '');
  await ready;
  const { searchEntries } = await client.search('ou=people,dc=intranet', { scope: 'one', filter: filters.byTitle(title) }); // cg-expect: CWE-90
  return searchEntries.map(({ dn, cn, mail }) => ({ dn, cn, mail }));
}
