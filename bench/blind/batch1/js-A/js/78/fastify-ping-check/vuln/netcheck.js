const { spawn } = require('child_process');

// strip characters that could chain another command
function cleanHost(host) {
  return host.replace(/[;&]/g, '').trim();
}

function runPing(host, count) {
  const target = cleanHost(host);
  return new Promise((resolve) => {
    const child = spawn(`ping -c ${count} ${target}`, { shell: true }); // cg-expect: CWE-78
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.on('close', (code) => resolve({ reachable: code === 0, output }));
  });
}

module.exports = { runPing };
