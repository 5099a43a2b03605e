const express = require('express');
const { startExport } = require('./exporter');
const { notify } = require('./notify');

const app = express();

app.post('/exports', (req, res) => {
  const callbackUrl = req.get('X-Callback-Url');
  const job = startExport(req.query.dataset || 'orders', (result) => {
    if (callbackUrl) {
      notify(callbackUrl, result);
    }
  });
  res.status(202).json({ jobId: job.id });
});

app.listen(3000);
