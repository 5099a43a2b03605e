import { Client } from "ldapts";

export class DirectoryAuthenticator {
  constructor(private readonly client: Client, private readonly baseDn: string) {}

  async memberOf(username: string): Promise<string[]> {
    const filter = "(&(objectClass=groupOfNames)(member=uid=" + username + ",ou=people,dc=example,dc=org))";
    const { searchEntries } = await this.client.search(this.baseDn, { filter, scope: "sub" });  // cg-expect: CWE-90
    return searchEntries.map((e) => String(e.cn));
  }
}
