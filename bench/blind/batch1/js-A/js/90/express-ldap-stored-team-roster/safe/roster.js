const { Client } = require('ldapts');
const ldapEscape = require('ldap-escape');

async function teamRoster(team) {
  const client = new Client({ url: process.env.LDAP_URL });
  await client.bind(process.env.LDAP_DN, process.env.LDAP_PW);
  try {
    // team names come from the profile the user edited
    const filter = '(&(objectClass=inetOrgPerson)(ou=' + ldapEscape.filter`${team}` + '))';
    const { searchEntries } = await client.search('ou=people,dc=example,dc=net', { filter, attributes: ['cn', 'mail', 'mobile'] });
    return searchEntries.map((e) => ({ name: e.cn, mail: e.mail, mobile: e.mobile }));
  } finally {
    await client.unbind();
  }
}

module.exports = { teamRoster };
