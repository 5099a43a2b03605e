const express = require('express');
const http = require('http');
const { WebSocketServer } = require('ws');
const { decodeFrame, encodeFrame } = require('./frames');

const app = express();
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/sync' });
const docs = new Map();

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    let frame;
    try {
      frame = decodeFrame(raw.toString());
    } catch {
      return ws.close(1003, 'bad frame');
    }
    if (frame.type === 'patch') {
      const doc = docs.get(frame.docId) || { ops: [] };
      doc.ops.push(...frame.ops);
      docs.set(frame.docId, doc);
      ws.send(encodeFrame({ type: 'ack', docId: frame.docId, version: doc.ops.length }));
    }
  });
});

server.listen(8080);
