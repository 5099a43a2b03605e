const tls = require('tls');
const fs = require('fs');

function sendEntry(entry) {
  return new Promise((resolve, reject) => {
    const opts = {
      host: 'ledger.internal.example',
      port: 7443,
      ca: fs.readFileSync('/etc/app/ledger-ca.pem'),
      servername: 'ledger.internal.example',
    };
    const socket = tls.connect(opts, () => {
      socket.end(JSON.stringify(entry) + '\n');
    });
    let buf = '';
    socket.on('data', (d) => { buf += d; });
    socket.on('end', () => resolve(buf.trim()));
    socket.on('error', reject);
  });
}

module.exports = { sendEntry };
