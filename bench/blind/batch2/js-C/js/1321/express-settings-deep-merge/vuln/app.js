const express = require('express');
const { deepMerge } = require('./merge');

const app = express();
app.use(express.json());

const settingsByUser = new Map();

app.patch('/api/users/:id/settings', (req, res) => {
  const current = settingsByUser.get(req.params.id) || { notifications: { email: true }, theme: 'light' };
  const updated = deepMerge(current, req.body);
  settingsByUser.set(req.params.id, updated);
  res.json(updated);
});

app.listen(3000);
