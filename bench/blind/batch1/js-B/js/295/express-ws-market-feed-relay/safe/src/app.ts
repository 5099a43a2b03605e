import express from 'express';
import { MarketFeed, type Tick } from './feed-client';

const app = express();
const latest = new Map<string, Tick>();

const feed = new MarketFeed(process.env.FEED_URL ?? 'wss://feed.vendor.example/v2/stream', process.env.FEED_KEY ?? '');
feed.on('tick', (t: Tick) => latest.set(t.symbol, t));
feed.connect();

app.get('/quotes/:symbol', (req, res) => {
  const tick = latest.get(req.params.symbol.toUpperCase());
  if (!tick) {
    res.status(404).json({ error: 'no quote yet' });
    return;
  }
  res.json({ symbol: tick.symbol, bid: tick.bid, ask: tick.ask, asOf: new Date(tick.ts).toISOString() });
});

app.listen(Number(process.env.PORT ?? 8080));
