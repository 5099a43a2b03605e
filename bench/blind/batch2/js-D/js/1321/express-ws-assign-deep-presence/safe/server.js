const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');
const { Room } = require('./room');

const app = express();
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/presence' });
const rooms = new Map();

wss.on('connection', (socket, req) => {
  const roomId = new URL(req.url, 'http://localhost').searchParams.get('room') || 'lobby';
  if (!rooms.has(roomId)) rooms.set(roomId, new Room(roomId));
  const room = rooms.get(roomId);
  socket.on('message', (raw) => {
    let msg;
    try {
      msg = JSON.parse(raw.toString());
    } catch {
      return;
    }
    if (msg.type === 'presence' && msg.state && typeof msg.state === 'object') {
      room.update(msg.state);
      socket.send(JSON.stringify({ type: 'state', state: room.state }));
    }
  });
});

server.listen(8080);
