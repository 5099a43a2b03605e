const { Client, EqualityFilter } = require('ldapts');

class Directory {
  constructor(url) {
    this.client = new Client({ url });
  }

  async displayNameFor(mail) {
    const filter = new EqualityFilter({ attribute: 'mail', value: String(mail) });
    const { searchEntries } = await this.client.search('dc=internal', { scope: 'sub', filter, attributes: ['displayName'], sizeLimit: 1 }); 
    return searchEntries[0] ? String(searchEntries[0].displayName) : null;
  }
}

module.exports = { Directory };
