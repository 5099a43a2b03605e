const express = require('express');
const { buildPreview } = require('./preview');

const app = express();
app.use(express.json());

app.post('/api/link-preview', async (req, res) => {
  const { url } = req.body;
  if (typeof url !== 'string') {
    return res.status(400).json({ error: 'url must be a string' });
  }
  try {
    res.json(await buildPreview(url));
  } catch (e) {
    res.status(422).json({ error: 'could not fetch preview' });
  }
});

app.listen(3000);
