const { spawn } = require('child_process');
const net = require('net');

const HOSTNAME_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

function cleanHost(host) {
  const trimmed = host.trim();
  if (net.isIP(trimmed) || HOSTNAME_RE.test(trimmed)) return trimmed;
  throw new Error('invalid host');
}

function runPing(host, count) {
  const target = cleanHost(host);
  return new Promise((resolve) => {
    const child = spawn('ping', ['-c', String(count), target]);
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.on('close', (code) => resolve({ reachable: code === 0, output }));
  });
}

module.exports = { runPing };
