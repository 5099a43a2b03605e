const express = require('express');
const { renderNotification } = require('./notify');
const templates = require('./templateStore');

const app = express();
app.use(express.json());

app.put('/api/templates/:name', async (req, res) => {
  await templates.save(req.params.name, String(req.body.body || ''));
  res.sendStatus(204);
});

app.post('/api/notify/:name/preview', async (req, res) => {
  const body = await templates.load(req.params.name);
  if (!body) return res.sendStatus(404);
  res.type('text/plain').send(renderNotification(body, { name: 'Ada', orderId: 'A-1001' }));
});

app.listen(3000);
