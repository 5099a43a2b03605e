const got = require('got');
const dns = require('dns');
const ipaddr = require('ipaddr.js');
const fs = require('fs/promises');
const path = require('path');

function publicOnlyLookup(hostname, options, callback) {
  dns.lookup(hostname, options, (err, address, family) => {
    if (err) return callback(err);
    if (ipaddr.parse(address).range() !== 'unicast') return callback(new Error('blocked address'));
    callback(null, address, family);
  });
}

async function importAvatar(userId, url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('bad scheme');
  const body = await got(u.href, { timeout: { request: 5000 } }).buffer(); // cg-expect: CWE-918
  const file = path.join('/srv/app/avatars', `${Number(userId)}.img`);
  await fs.writeFile(file, body);
  return { bytes: body.length };
}

module.exports = { importAvatar };
