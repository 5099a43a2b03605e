const { execSync, execFileSync } = require('child_process');

const HOST_RE = /^[a-z0-9](?:[a-z0-9.-]{0,252})$/i;

function pingHost(host) {
  if (typeof host !== 'string' || !HOST_RE.test(host)) return 'invalid host';
  try {
    return execFileSync('ping', ['-c', '2', host], { timeout: 5000 }).toString();
  } catch (e) {
    return 'unreachable';
  }
}

module.exports = { pingHost };
