import { Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

function escapeFilter(v: string): string {
  return v.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

@Injectable()
export class LdapService {
  private readonly client = new Client({ url: 'ldaps://dir.internal:636' });

  async groupsFor(uid: string): Promise<string[]> {
    await this.client.bind('cn=reader,dc=corp', process.env.LDAP_READER_PW ?? '');
    try {
      const { searchEntries } = await this.client.search('ou=groups,dc=corp', {
        scope: 'sub',
        filter: `(&(objectClass=groupOfNames)(member=uid=${escapeFilter(uid)},ou=people,dc=corp))`,
        attributes: ['cn'],
      });
      return searchEntries.map((e) => String(e.cn));
    } finally {
      await this.client.unbind();
    }
  }
}
