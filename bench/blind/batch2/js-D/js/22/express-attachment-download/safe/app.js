const express = require('express');
const { openAttachment } = require('./storage');

const app = express();

app.get('/tickets/:ticketId/attachment', (req, res) => {
  const name = String(req.query.file || '');
  if (!name) {
    return res.status(400).send('file is required');
  }
  let stream;
  try {
    stream = openAttachment(req.params.ticketId, name);
  } catch (e) {
    return res.status(404).send('not found');
  }
  stream.on('error', () => res.status(404).end());
  res.attachment(name);
  stream.pipe(res);
});

app.listen(3000);
