const express = require('express');
const { importAvatar } = require('./avatar');

const app = express();
app.use(express.json());

app.post('/api/me/avatar/import', async (req, res) => {
  try {
    const saved = await importAvatar(req.get('x-user-id'), String(req.body.url));
    res.json(saved);
  } catch (e) {
    res.status(400).json({ error: 'could not import avatar' });
  }
});

app.listen(3000);
