const express = require('express');
const http = require('http');
const { WebSocketServer } = require('ws');
const { handleMessage } = require('./tools');

const app = express();
app.use(express.static('public'));
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/ws/tools' });

wss.on('connection', (socket) => {
  socket.on('message', async (data) => {
    let msg;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return socket.send(JSON.stringify({ error: 'bad json' }));
    }
    const reply = await handleMessage(msg);
    socket.send(JSON.stringify(reply));
  });
});

server.listen(4000);
