const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');
const { ping } = require('./nettools');

const app = express();
app.use(express.static('public'));
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/ws/tools' });

wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    let msg;
    try { msg = JSON.parse(data); } catch { return; }
    if (msg.tool !== 'ping') return;
    ping(String(msg.host || ''), (err, output) => {
      socket.send(JSON.stringify({ tool: 'ping', ok: !err, output }));
    });
  });
});

server.listen(3000);
