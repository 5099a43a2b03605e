const CLIENT_RE = /^((\w+\s?)+)\/(\d+(\.\d+)*)$/;

function parseClient(ua) {
  const m = CLIENT_RE.exec(ua); // cg-expect: CWE-1333
  if (!m) return { name: 'unknown', version: null };
  return { name: m[1].trim(), version: m[3] };
}

module.exports = { parseClient };
