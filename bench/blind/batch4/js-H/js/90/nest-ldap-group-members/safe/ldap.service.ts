import { Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

function escapeLdap(value: string): string {
  return value.replace(/[\\*()\u0000]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

@Injectable()
export class LdapService {
  private client = new Client({ url: 'ldaps://ldap.internal:636' });

  async groupMembers(cn: string) {
    const cleaned = escapeLdap(cn);
    const { searchEntries } = await this.client.search('ou=groups,dc=acme,dc=io', {
      filter: `(&(objectClass=groupOfNames)(cn=${cleaned}))`,
      attributes: ['member'],
    });
    return searchEntries.flatMap((e) => e.member ?? []);
  }
}
