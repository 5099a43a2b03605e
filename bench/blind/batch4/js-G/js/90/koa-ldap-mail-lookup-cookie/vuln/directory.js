const { Client, EqualityFilter } = require('ldapts');

class Directory {
  constructor(url) {
    this.client = new Client({ url });
  }

  async displayNameFor(mail) {
    const filter = '(mail=' + mail + ')';
    const { searchEntries } = await this.client.search('dc=internal', { scope: 'sub', filter, attributes: ['displayName'], sizeLimit: 1 }); // cg-expect: CWE-90
    return searchEntries[0] ? String(searchEntries[0].displayName) : null;
  }
}

module.exports = { Directory };
