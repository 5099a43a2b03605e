const { exec, execFile } = require('child_process');

function ping(host, done) {
  const count = 3;
  exec('ping -c ' + count + ' ' + host, { timeout: 10000 }, (err, stdout) => done(err, stdout)); // cg-expect: CWE-78
}

module.exports = { ping, execFile };
