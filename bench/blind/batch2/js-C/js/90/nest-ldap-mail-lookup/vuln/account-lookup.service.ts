import { Injectable } from '@nestjs/common';
import { Client, EqualityFilter } from 'ldapts';

@Injectable()
export class AccountLookupService {
  private readonly client = new Client({ url: 'ldaps://dir.example.com' });

  async sendResetIfExists(email: string): Promise<void> {
    const filter = `(mail=${email})`;
    const { searchEntries } = await this.client.search('ou=users,dc=example,dc=com', { filter }); // cg-expect: CWE-90
    for (const entry of searchEntries) {
      await this.queueMail(String(entry.mail));
    }
  }

  private async queueMail(to: string): Promise<void> {
    // enqueue a reset mail job (omitted)
  }
}
