const messages = new Map();
const moderators = require('./moderators');

function onConnection(ws, req) {
  ws.on('message', async (raw) => {
    const msg = JSON.parse(raw);
    if (msg.type === 'hello') {
      req.session.nickname = String(msg.nickname || 'guest').slice(0, 32);
      req.session.isModerator = await moderators.isModerator(req.session.userId);
      req.session.save();
    } else if (msg.type === 'say') {
      const id = String(messages.size + 1);
      messages.set(id, { from: req.session.nickname, text: String(msg.text).slice(0, 500) });
    }
  });
}

function remove(id) {
  messages.delete(id);
}

module.exports = { onConnection, remove };
