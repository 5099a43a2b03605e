class LdapGroupService {
  constructor(client, baseDn) {
    this.client = client;
    this.baseDn = baseDn;
  }

  async members(groupName) {
    const filter = "(&(objectClass=groupOfNames)(cn=" + groupName + "))";
    const { searchEntries } = await this.client.search(this.baseDn, { scope: "sub", filter });  // cg-expect: CWE-90
    return searchEntries.flatMap((e) => e.member);
  }
}

module.exports = async function handler(req, res) {
  const service = new LdapGroupService(req.app.locals.ldap, "ou=groups,dc=example,dc=org");
  res.json(await service.members(req.params.group));
};
