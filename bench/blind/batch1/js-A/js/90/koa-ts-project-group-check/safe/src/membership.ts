import { AndFilter, Client, EqualityFilter } from 'ldapts';

const GROUP_BASE = 'ou=projects,ou=groups,dc=eng,dc=example';

export async function isProjectMember(project: string, userDn: string): Promise<boolean> {
  const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.eng.example' });
  await client.bind(process.env.LDAP_DN ?? '', process.env.LDAP_PW ?? '');
  try {
    const filter = new AndFilter({
      filters: [
        new EqualityFilter({ attribute: 'objectClass', value: 'groupOfNames' }),
        new EqualityFilter({ attribute: 'cn', value: `project-${project}` }),
        new EqualityFilter({ attribute: 'member', value: userDn }),
      ],
    });
    const { searchEntries } = await client.search(GROUP_BASE, { scope: 'one', filter, attributes: ['cn'] });
    return searchEntries.length > 0;
  } finally {
    await client.unbind();
  }
}
