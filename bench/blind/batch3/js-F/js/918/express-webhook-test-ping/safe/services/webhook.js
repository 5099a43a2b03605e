const axios = require('axios');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');

async function assertPublic(u) {
  const url = new URL(u);
  if (url.protocol !== 'https:') throw new Error('https only');
  const { address } = await dns.lookup(url.hostname);
  if (ipaddr.parse(address).range() !== 'unicast') throw new Error('blocked address');
  return url;
}

async function pingWebhook(target) {
  await assertPublic(target);
  const resp = await axios.post(target, { event: 'ping' }, { timeout: 5000, maxRedirects: 0 });
  return resp.status;
}

module.exports = { pingWebhook, assertPublic };
