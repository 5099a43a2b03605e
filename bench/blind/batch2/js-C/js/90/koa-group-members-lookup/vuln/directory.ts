import { Client } from 'ldapts';

function escapeFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

export class Directory {
  private client: Client;

  constructor(url: string, private readonly base: string) {
    this.client = new Client({ url });
  }

  async groupMembers(name: string): Promise<string[]> {
    const filter = '(&(objectClass=groupOfNames)(cn=' + name + '))';
    const { searchEntries } = await this.client.search(`ou=groups,${this.base}`, { filter, attributes: ['member'] }); // cg-expect: CWE-90
    return searchEntries.flatMap((e) => ([] as string[]).concat((e.member as string[]) ?? []));
  }
}
