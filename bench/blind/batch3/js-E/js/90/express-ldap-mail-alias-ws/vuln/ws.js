const { WebSocketServer } = require('ws');
const { aliasTaken } = require('./aliases');

function attachAliasChecker(server) {
  const wss = new WebSocketServer({ server, path: '/ws/alias' });
  wss.on('connection', (socket) => {
    socket.on('message', async (data) => {
      let msg;
      try { msg = JSON.parse(data.toString()); } catch { return; }
      const taken = await aliasTaken(String(msg.alias || ''));
      socket.send(JSON.stringify({ alias: msg.alias, available: !taken }));
    });
  });
}

module.exports = { attachAliasChecker };
