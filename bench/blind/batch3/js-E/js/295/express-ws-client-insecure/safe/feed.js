const WebSocket = require('ws');
const fs = require('fs');
const { EventEmitter } = require('events');

const quotes = new EventEmitter();

function connectUpstream(url) {
  const upstream = new WebSocket(url, { ca: fs.readFileSync('/etc/ssl/marketdata-ca.pem'), headers: { 'x-api-key': process.env.FEED_KEY } });
  upstream.on('message', (data) => {
    try {
      const q = JSON.parse(data.toString());
      if (q && typeof q.symbol === 'string') quotes.emit('quote', { symbol: q.symbol, bid: Number(q.bid), ask: Number(q.ask) });
    } catch {}
  });
  upstream.on('close', () => setTimeout(() => connectUpstream(url), 2000));
  return upstream;
}

module.exports = { connectUpstream, quotes };
