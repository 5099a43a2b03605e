const express = require('express');
const { fetchPreview } = require('./preview');

const app = express();
app.use(express.json());

// chat clients ask for a preview card when a message contains a link
app.post('/api/link-preview', async (req, res) => {
  const { url } = req.body;
  try {
    res.json(await fetchPreview(String(url)));
  } catch {
    res.status(422).json({ error: 'could not build preview' });
  }
});

app.listen(3000);
