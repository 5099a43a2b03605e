const express = require('express');
const { isValidEmail } = require('./validators');

const app = express();
app.use(express.json({ limit: '50kb' }));

const pending = new Map();

app.post('/api/signup', (req, res) => {
  const email = String(req.body.email || '');
  if (!isValidEmail(email)) return res.status(400).json({ error: 'invalid email' });
  if (pending.has(email.toLowerCase())) return res.status(409).json({ error: 'already registered' });
  pending.set(email.toLowerCase(), { createdAt: Date.now(), plan: String(req.body.plan || 'free') });
  res.status(201).json({ email });
});

app.get('/api/signup/pending', (req, res) => {
  res.json({ count: pending.size });
});

app.listen(3000);
