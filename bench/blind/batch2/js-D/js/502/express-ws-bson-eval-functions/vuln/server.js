const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');
const { decodeMessage } = require('./codec');
const { applyOp } = require('./ops');

const app = express();
app.get('/healthz', (req, res) => res.send('ok'));

const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/sync' });

wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    if (!isBinary) return;
    try {
      const msg = decodeMessage(data);
      const result = applyOp(msg);
      socket.send(JSON.stringify({ ok: true, result }));
    } catch (e) {
      socket.send(JSON.stringify({ ok: false }));
    }
  });
});

server.listen(8080);
