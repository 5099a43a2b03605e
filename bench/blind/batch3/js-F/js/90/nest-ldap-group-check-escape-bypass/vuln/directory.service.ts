import { Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

function escapeFilter(value: string): string {
  return value.replace(/[()]/g, '');
}

@Injectable()
export class DirectoryService {
  private client = new Client({ url: 'ldaps://dir.corp.example' });

  async groupsOf(uid: string): Promise<string[]> {
    const filter = `(&(objectClass=groupOfNames)(member=uid=${escapeFilter(uid)},ou=people,dc=corp,dc=example))`;
    const { searchEntries } = await this.client.search('ou=groups,dc=corp,dc=example', { scope: 'sub', filter }); // cg-expect: CWE-90
    return searchEntries.map((e) => String(e.cn));
  }
}
