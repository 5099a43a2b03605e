const express = require('express');
const { searchPeople } = require('./directory');

const app = express();

app.get('/people', async (req, res) => {
  try {
    const entries = await searchPeople(String(req.query.name || ''));
    res.json(entries);
  } catch (e) {
    res.status(500).json({ error: 'directory unavailable' });
  }
});

app.listen(3000);
