const http = require('http');
const https = require('https');

function dispatchEvent(hook, payload) {
  const body = JSON.stringify(payload);
  const target = new URL(hook.url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(target, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 5000 }); // cg-expect: CWE-918
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => { if (text.length < 1000) text += c; });
      res.on('end', () => resolve({ hook: hook.id, status: res.statusCode, response: text }));
    });
    req.on('error', (e) => resolve({ hook: hook.id, error: e.message }));
    req.end(body);
  });
}

module.exports = { dispatchEvent };
