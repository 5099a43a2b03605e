import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client } from 'ldapts';

@Injectable()
export class DirectoryService implements OnModuleDestroy {
  private readonly client: Client;
  private bound?: Promise<void>;

  constructor(private readonly config: ConfigService) {
    this.client = new Client({ url: this.config.getOrThrow('LDAP_URL') });
  }

  private ensureBound() {
    this.bound ??= this.client.bind(this.config.getOrThrow('LDAP_DN'), this.config.getOrThrow('LDAP_PASSWORD'));
    return this.bound;
  }

  async byMail(email: string) {
    await this.ensureBound();
    const { searchEntries } = await this.client.search('ou=staff,dc=example,dc=org', { // cg-expect: CWE-90
      scope: 'sub',
      filter: `(mail=${email})`,
      attributes: ['cn', 'mail', 'title', 'manager'],
    });
    return searchEntries[0] ?? null;
  }

  async onModuleDestroy() {
    await this.client.unbind();
  }
}
