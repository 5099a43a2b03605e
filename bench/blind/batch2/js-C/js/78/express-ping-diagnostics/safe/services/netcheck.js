const { execFile } = require('child_process');

function pingHost(host, count) {
  return new Promise((resolve, reject) => {
    const n = Math.min(Math.max(count, 1), 10);
    if (typeof host !== 'string' || host.startsWith('-')) {
      return reject(new Error('invalid host'));
    }
    execFile('ping', ['-c', String(n), host], { timeout: 15000 }, (err, stdout) => {
      if (err) return reject(err);
      resolve(stdout);
    });
  });
}

module.exports = { pingHost };
