const express = require('express');
const { parseNested } = require('./nestedForm');
const { searchTickets } = require('./tickets');

const app = express();
app.use(express.text({ type: 'application/x-www-form-urlencoded' }));

app.post('/tickets/search', async (req, res) => {
  const form = parseNested(typeof req.body === 'string' ? req.body : '');
  const results = await searchTickets(form.filters || {}, form.sort || {});
  res.json({ results });
});

app.get('/me', (req, res) => {
  const user = req.user || {};
  res.json({ id: user.id, admin: Boolean(user.isAdmin) });
});

app.listen(3000);
