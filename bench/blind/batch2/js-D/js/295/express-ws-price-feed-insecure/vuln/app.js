const express = require('express');
const { PriceFeed } = require('./priceFeed');

const app = express();
const feed = new PriceFeed(process.env.PRICE_FEED_URL || 'wss://feed.partner-exchange.example/v2/prices');
feed.start();

app.get('/prices/:symbol', (req, res) => {
  const quote = feed.latest(req.params.symbol.toUpperCase());
  if (!quote) return res.status(404).json({ error: 'no quote yet' });
  res.json(quote);
});

app.listen(3000);
