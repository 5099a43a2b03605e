const WebSocket = require('ws');

class PriceFeed {
  constructor(url) {
    this.url = url;
    this.quotes = new Map();
  }

  start() {
    const ws = new WebSocket(this.url, { rejectUnauthorized: false, headers: { 'x-api-key': process.env.FEED_KEY } }); // cg-expect: CWE-295
    ws.on('message', (data) => {
      try {
        const msg = JSON.parse(data.toString());
        if (msg.symbol && typeof msg.price === 'number') this.quotes.set(msg.symbol, { price: msg.price, at: Date.now() });
      } catch {
        /* ignore malformed frames */
      }
    });
    ws.on('close', () => setTimeout(() => this.start(), 5000));
    ws.on('error', () => ws.terminate());
  }

  latest(symbol) {
    return this.quotes.get(symbol);
  }
}

module.exports = { PriceFeed };
