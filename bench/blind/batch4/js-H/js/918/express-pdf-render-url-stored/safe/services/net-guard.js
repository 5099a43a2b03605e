const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');
async function assertExternal(raw) {
  const u = new URL(raw);
  if (u.protocol !== 'https:') throw new Error('https only');
  const { address } = await dns.lookup(u.hostname);
  if (ipaddr.process(address).range() !== 'unicast') throw new Error('internal address');
  return u;
}
module.exports = { assertExternal };
