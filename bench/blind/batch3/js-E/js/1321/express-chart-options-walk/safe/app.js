const express = require('express');
const { buildOptions } = require('./options');

const app = express();
app.use(express.json());

app.post('/api/charts/preview', (req, res) => {
  const opts = buildOptions(req.body.options || {});
  res.json({ opts });
});

app.listen(3000);
