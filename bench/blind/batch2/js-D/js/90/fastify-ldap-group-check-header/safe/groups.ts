import { Client } from 'ldapts';

export class GroupDirectory {
  constructor(private readonly url: string) {}

  private clean(value: string): string {
    return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  }

  async isMember(uid: string, group: string): Promise<boolean> {
    const client = new Client({ url: this.url });
    try {
      const memberDn = `uid=${this.clean(uid)},ou=people,dc=corp,dc=example`;
      const filter = `(&(objectClass=groupOfNames)(cn=${this.clean(group)})(member=${memberDn}))`;
      const { searchEntries } = await client.search('ou=groups,dc=corp,dc=example', { filter, sizeLimit: 1 });
      return searchEntries.length > 0;
    } finally {
      await client.unbind();
    }
  }
}
