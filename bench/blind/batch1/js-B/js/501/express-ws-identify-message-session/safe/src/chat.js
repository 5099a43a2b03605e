const { verifyChatTicket } = require('./tickets');

function attachChat(wss) {
  wss.on('connection', (ws, req) => {
    ws.on('message', async (raw) => {
      let msg;
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        return ws.send(JSON.stringify({ type: 'error', error: 'bad json' }));
      }
      if (msg.type === 'identify') {
        // the ticket was minted by /api/chat-ticket for the logged-in user; it is signed and single-use
        const ticket = await verifyChatTicket(msg.ticket);
        if (!ticket) return ws.send(JSON.stringify({ type: 'error', error: 'invalid ticket' }));
        req.session.userId = ticket.userId;
        req.session.save(() => ws.send(JSON.stringify({ type: 'identified', userId: ticket.userId })));
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
