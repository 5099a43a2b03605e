const express = require('express');
const { deepMerge } = require('./merge');

const app = express();
app.use(express.json());

const settingsByUser = new Map();

app.patch('/api/settings', (req, res) => {
  const current = settingsByUser.get(req.user.id) || { notifications: { email: true }, ui: { theme: 'light' } };
  const updated = deepMerge(current, req.body);
  settingsByUser.set(req.user.id, updated);
  res.json(updated);
});

app.listen(3000);
