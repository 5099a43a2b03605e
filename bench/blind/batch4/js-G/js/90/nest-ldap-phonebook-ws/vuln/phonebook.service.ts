import { Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

function escapeFilterValue(v: string): string {
  return v.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

@Injectable()
export class PhonebookService {
  private readonly client = new Client({ url: 'ldaps://ldap.corp.example' });

  async byPhonePrefix(prefix: string) {
    const filter = `(telephoneNumber=${prefix}*)`;
    const { searchEntries } = await this.client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'telephoneNumber'], sizeLimit: 20 }); // cg-expect: CWE-90
    return searchEntries.map((e) => ({ name: e.cn, phone: e.telephoneNumber }));
  }
}
