const { request } = require('undici');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');

async function assertPublic(rawUrl) {
  const u = new URL(rawUrl);
  if (u.protocol !== 'https:') throw new Error('https only');
  const { address } = await dns.lookup(u.hostname);
  if (ipaddr.process(address).range() !== 'unicast') throw new Error('non-public address');
  return address;
}

async function sendTestEvent(url) {
  await assertPublic(url);
  const body = JSON.stringify({ type: 'ping', sentAt: new Date().toISOString() });
  const res = await request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' }, maxRedirections: 0 });
  await res.body.dump();
  return res.statusCode;
}

module.exports = { sendTestEvent };
