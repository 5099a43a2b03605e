const express = require('express');
const http = require('http');
const { WebSocketServer } = require('ws');
const { attachDiagnostics } = require('./ws/diagnostics');

const app = express();
const server = http.createServer(app);
attachDiagnostics(new WebSocketServer({ server, path: '/ws/diag' }));
server.listen(8080);
