const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');
const { lookupDish } = require('./menu');

const app = express();
app.use(express.static('public'));

const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/menu' });

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    let msg;
    try {
      msg = JSON.parse(raw.toString());
    } catch {
      return ws.send(JSON.stringify({ error: 'bad json' }));
    }
    if (msg.type === 'lookup' && typeof msg.dish === 'string') {
      ws.send(JSON.stringify({ type: 'result', items: lookupDish(msg.dish) }));
    }
  });
});

server.listen(8080);
