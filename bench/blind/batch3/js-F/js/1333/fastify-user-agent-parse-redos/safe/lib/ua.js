const APP_UA = /^MyApp\/([0-9A-Za-z]{1,10}(?:\.[0-9A-Za-z]{1,10}){0,4}) \(([^()]{0,200})\)$/;

function parseClient(ua) {
  const m = APP_UA.exec(ua.slice(0, 512));
  if (!m) return { app: false };
  return { app: true, version: m[1], platform: m[m.length - 1] };
}

module.exports = { parseClient };
