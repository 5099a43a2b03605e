const CLIENT_RE = /^([\w ]{1,64})\/(\d{1,5}(?:\.\d{1,5}){0,4})$/;

function parseClient(ua) {
  const m = CLIENT_RE.exec(ua.slice(0, 128));
  if (!m) return { name: 'unknown', version: null };
  return { name: m[1].trim(), version: m[2] };
}

module.exports = { parseClient };
