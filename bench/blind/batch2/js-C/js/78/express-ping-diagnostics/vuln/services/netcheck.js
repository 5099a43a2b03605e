const { exec } = require('child_process');

function pingHost(host, count) {
  return new Promise((resolve, reject) => {
    const n = Math.min(Math.max(count, 1), 10);
    exec(`ping -c ${n} ${host}`, { timeout: 15000 }, (err, stdout) => { // cg-expect: CWE-78
      if (err) return reject(err);
      resolve(stdout);
    });
  });
}

module.exports = { pingHost };
