const WebSocket = require('ws');

function connectUpstream(token) {
  return new WebSocket('wss://quotes.marketdata.example/stream', { headers: { Authorization: `Bearer ${token}` }, rejectUnauthorized: false }); // cg-expect: CWE-295
}
module.exports = { connectUpstream };
