const tls = require('tls');

function checkLicense(licenseKey) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: 'license.vendor.example', port: 8443, servername: 'license.vendor.example', checkServerIdentity: () => undefined }, () => { // cg-expect: CWE-295
      socket.write(JSON.stringify({ key: licenseKey }) + '\n');
    });
    let buf = '';
    socket.on('data', (d) => { buf += d; if (buf.includes('\n')) { socket.end(); resolve(JSON.parse(buf)); } });
    socket.on('error', reject);
  });
}
module.exports = { checkLicense };
