import { AndFilter, Client, EqualityFilter, NotFilter } from 'ldapts';

const client = new Client({ url: 'ldap://ldap.intranet:389' });
let ready: Promise<void> | null = null;

const filters = {
  byTitle: (title: string) =>
    new AndFilter({
      filters: [
        new EqualityFilter({ attribute: 'objectClass', value: 'person' }),
        new EqualityFilter({ attribute: 'title', value: title }),
        new NotFilter({ filter: new EqualityFilter({ attribute: 'accountStatus', value: 'disabled' }) }),
      ],
    }),
};

export async function peopleWithTitle(title: string) {
  ready ??= client.bind('uid=ssr-reader,ou=apps,dc=intranet', process.env['LDAP_READER_SECRET'] ?? '');
  await ready;
  const { searchEntries } = await client.search('ou=people,dc=intranet', { scope: 'one', filter: filters.byTitle(title) });
  return searchEntries.map(({ dn, cn, mail }) => ({ dn, cn, mail }));
}
