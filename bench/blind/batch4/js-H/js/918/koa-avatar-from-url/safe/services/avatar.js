const got = require('got');
const ipaddr = require('ipaddr.js');
const dns = require('dns').promises;

async function resolvesPublic(hostname) {
  const addrs = await dns.lookup(hostname, { all: true });
  return addrs.length > 0 && addrs.every((a) => ipaddr.process(a.address).range() === 'unicast');
}

async function importAvatar(rawUrl) {
  const u = new URL(rawUrl);
  if (u.protocol !== 'https:' || !(await resolvesPublic(u.hostname))) throw new Error('blocked');
  const img = await got(u.toString(), { timeout: { request: 5000 }, followRedirect: false }).buffer();
  return img;
}
module.exports = { importAvatar };
