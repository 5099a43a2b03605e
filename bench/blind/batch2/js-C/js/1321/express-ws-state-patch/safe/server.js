const express = require('express');
const http = require('http');
const { WebSocketServer } = require('ws');
const { applyPatch } = require('./patch');

const app = express();
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/collab' });
const boards = new Map();

wss.on('connection', (ws, req) => {
  const boardId = new URL(req.url, 'http://x').searchParams.get('board') || 'default';
  if (!boards.has(boardId)) boards.set(boardId, { shapes: {}, meta: {} });
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.op === 'set' && Array.isArray(msg.path)) {
      applyPatch(boards.get(boardId), msg.path, msg.value);
      wss.clients.forEach((c) => c.send(JSON.stringify(msg)));
    }
  });
});

server.listen(3000);
