const got = require('got');
const dns = require('dns').promises;
const net = require('net');

const blocked = new net.BlockList();
blocked.addSubnet('10.0.0.0', 8);
blocked.addSubnet('172.16.0.0', 12);
blocked.addSubnet('192.168.0.0', 16);
blocked.addSubnet('127.0.0.0', 8);
blocked.addSubnet('169.254.0.0', 16);

async function sendTestEvent(hookUrl) {
  const url = new URL(hookUrl);
  const res = await got.post(url, { json: { type: 'test' }, timeout: { request: 5000 }, throwHttpErrors: false }); // cg-expect: CWE-918
  return res.statusCode;
}

module.exports = { sendTestEvent };
