import { Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

function escapeFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

@Injectable()
export class DirectoryService {
  private client = new Client({ url: 'ldaps://dir.corp.example' });

  async groupsOf(uid: string): Promise<string[]> {
    const filter = `(&(objectClass=groupOfNames)(member=uid=${escapeFilter(uid)},ou=people,dc=corp,dc=example))`;
    const { searchEntries } = await this.client.search('ou=groups,dc=corp,dc=example', { scope: 'sub', filter });
    return searchEntries.map((e) => String(e.cn));
  }
}
