const WebSocket = require('ws');
const fs = require('fs');

class PriceFeed {
  constructor(url) {
    this.url = url;
    this.quotes = new Map();
  }

  start() {
    const ws = new WebSocket(this.url, {
      ca: fs.readFileSync(process.env.FEED_CA || '/etc/ssl/partner-exchange-ca.pem'),
      headers: { 'x-api-key': process.env.FEED_KEY },
    });
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
