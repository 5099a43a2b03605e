const express = require('express');
const http = require('http');
const { WebSocketServer } = require('ws');
const { tailLog } = require('./tail');

const app = express();
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/ws/logs' });

wss.on('connection', (socket) => {
  let stop = null;
  socket.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'tail') {
      if (stop) stop();
      stop = tailLog(msg.file, Number(msg.lines) || 100, (chunk) => socket.send(chunk));
    }
  });
  socket.on('close', () => stop && stop());
});

server.listen(3000);
