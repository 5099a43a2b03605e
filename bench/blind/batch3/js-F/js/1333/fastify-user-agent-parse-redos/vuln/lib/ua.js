const APP_UA = /^MyApp\/((\d+|\w+)\.?)+ \((.*)\)$/;

function parseClient(ua) {
  const m = APP_UA.exec(ua.slice(0, 512)); // cg-expect: CWE-1333
  if (!m) return { app: false };
  return { app: true, version: m[1], platform: m[m.length - 1] };
}

module.exports = { parseClient };
