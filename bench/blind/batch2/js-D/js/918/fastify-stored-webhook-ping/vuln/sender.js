const { request } = require('undici');

async function sendTestEvent(url) {
  const body = JSON.stringify({ type: 'ping', sentAt: new Date().toISOString() });
  const res = await request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } }); // cg-expect: CWE-918
  await res.body.dump();
  return res.statusCode;
}

module.exports = { sendTestEvent };
