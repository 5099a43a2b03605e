const { WebSocketServer } = require('ws');
const { pingHost } = require('../lib/net');

function attach(server) {
  const wss = new WebSocketServer({ server, path: '/ws/diag' });
  wss.on('connection', (socket) => {
    socket.on('message', (raw) => {
      let msg;
      try { msg = JSON.parse(raw.toString()); } catch { return; }
      if (msg.type === 'ping') socket.send(JSON.stringify({ type: 'ping', output: pingHost(msg.host) }));
    });
  });
}

module.exports = { attach };
