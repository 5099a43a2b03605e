const { execSync, execFileSync } = require('child_process');

const HOST_RE = /[a-z0-9.-]+/i;

function pingHost(host) {
  if (typeof host !== 'string' || !HOST_RE.test(host)) return 'invalid host';
  try {
    return execSync(`ping -c 2 ${host}`, { timeout: 5000 }).toString(); // cg-expect: CWE-78
  } catch (e) {
    return 'unreachable';
  }
}

module.exports = { pingHost };
