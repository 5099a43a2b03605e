const { verifyChatTicket } = require('./tickets');

function attachChat(wss) {
  wss.on('connection', (ws, req) => {
    ws.on('message', (raw) => {
      let msg;
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        return ws.send(JSON.stringify({ type: 'error', error: 'bad json' }));
      }
      if (msg.type === 'identify') {
        req.session.userId = msg.userId; // cg-expect: CWE-501
        req.session.save(() => ws.send(JSON.stringify({ type: 'identified', userId: msg.userId })));
        return;
      }
      if (msg.type === 'say' && req.session.userId) {
        for (const client of wss.clients) {
          client.send(JSON.stringify({ type: 'said', from: req.session.userId, text: String(msg.text).slice(0, 500) }));
        }
      }
    });
  });
}

module.exports = { attachChat, verifyChatTicket };
