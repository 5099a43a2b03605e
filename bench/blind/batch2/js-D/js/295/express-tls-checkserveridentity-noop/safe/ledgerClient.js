const tls = require('tls');
const fs = require('fs');

class LedgerClient {
  constructor(host, port) {
    this.host = host;
    this.port = port;
    this.ca = fs.readFileSync('/etc/ledger/ca.pem');
  }

  send(message) {
    return new Promise((resolve, reject) => {
      const socket = tls.connect({
        host: this.host,
        port: this.port,
        ca: this.ca,
        servername: this.host,
        checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert),
      });
      let buf = '';
      socket.setEncoding('utf8');
      socket.on('secureConnect', () => socket.write(JSON.stringify(message) + '\n'));
      socket.on('data', (d) => {
        buf += d;
        if (buf.includes('\n')) {
          socket.end();
          resolve(JSON.parse(buf.split('\n')[0]));
        }
      });
      socket.on('error', reject);
    });
  }
}

module.exports = { LedgerClient };
