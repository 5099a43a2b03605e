const express = require('express');
const { fetchPreview } = require('./preview');

const app = express();
app.use(express.json());

app.post('/api/link-preview', async (req, res) => {
  try {
    res.json(await fetchPreview(req.body.url));
  } catch (e) {
    res.status(422).json({ error: 'could not fetch preview' });
  }
});

app.listen(3000);
