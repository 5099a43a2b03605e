const { exec, execFile } = require('child_process');

function ping(host, done) {
  const count = 3;
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/.test(host)) return done(new Error('invalid host'), '');
  execFile('ping', ['-c', String(count), host], { timeout: 10000 }, (err, stdout) => done(err, stdout));
}

module.exports = { ping, execFile };
