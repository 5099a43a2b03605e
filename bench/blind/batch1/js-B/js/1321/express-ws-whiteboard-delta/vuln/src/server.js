const http = require('http');
const express = require('express');
const { WebSocketServer, WebSocket } = require('ws');
const { getRoom, applyDelta } = require('./boardState');

const app = express();
app.use(express.static('public'));
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/board', maxPayload: 64 * 1024 });

wss.on('connection', (ws, req) => {
  const roomId = new URL(req.url, 'http://localhost').searchParams.get('room') || 'lobby';
  ws.roomId = roomId;
  ws.send(JSON.stringify({ type: 'snapshot', state: getRoom(roomId) }));

  ws.on('message', (data) => {
    let msg;
    try {
      msg = JSON.parse(data);
    } catch {
      return;
    }
    if (msg.type !== 'delta' || typeof msg.delta !== 'object' || msg.delta === null) return;
    applyDelta(getRoom(roomId), msg.delta);
    for (const client of wss.clients) {
      if (client !== ws && client.roomId === roomId && client.readyState === WebSocket.OPEN) {
        client.send(JSON.stringify({ type: 'delta', delta: msg.delta }));
      }
    }
  });
});

server.listen(process.env.PORT || 8080);
