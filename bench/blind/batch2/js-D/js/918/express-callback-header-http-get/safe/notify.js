const https = require('https');

const CALLBACK_HOSTS = ['hooks.partner-a.example', 'callbacks.partner-b.example'];

function notify(callbackUrl, result) {
  const u = new URL(callbackUrl);
  if (u.protocol !== 'https:' || !CALLBACK_HOSTS.includes(u.hostname) || u.port) {
    return;
  }
  const qs = new URLSearchParams({ job: result.id, rows: String(result.rows) });
  https.get(`${u.origin}${u.pathname}?${qs}`, (res) => res.resume()).on('error', () => {});
}

module.exports = { notify };
