const express = require('express');
const rateLimit = require('express-rate-limit');
const shippingRoutes = require('./routes');

const app = express();
app.set('trust proxy', 1);
app.use(rateLimit({ windowMs: 60_000, limit: 120 }));
app.use('/api', shippingRoutes);

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  req.log?.error?.(err);
  res.status(502).json({ error: 'shipping partner unavailable' });
});

app.listen(process.env.PORT || 3000);
