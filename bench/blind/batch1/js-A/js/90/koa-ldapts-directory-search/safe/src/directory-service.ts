import { Client } from 'ldapts';
import ldapEscape from 'ldap-escape';

export interface Person {
  name: string;
  mail: string;
  phone?: string;
}

export class DirectoryService {
  constructor(private readonly url: string, private readonly baseDn: string) {}

  async search(q: string): Promise<Person[]> {
    const client = new Client({ url: this.url });
    try {
      await client.bind(process.env.LDAP_DN as string, process.env.LDAP_PW as string);
      const filter = ldapEscape.filter`(&(objectClass=person)(!(employeeType=service))(|(cn=*${q}*)(mail=*${q}*)))`;
      const { searchEntries } = await client.search(this.baseDn, { scope: 'sub', filter, attributes: ['cn', 'mail', 'telephoneNumber'], sizeLimit: 50 });
      return searchEntries.map((e) => ({ name: String(e.cn), mail: String(e.mail), phone: e.telephoneNumber as string | undefined }));
    } finally {
      await client.unbind();
    }
  }
}
