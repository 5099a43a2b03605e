const express = require('express');
const { xmlBody } = require('./middleware/xml');
const app = express();
app.use(xmlBody());
app.post('/api/orders', (req, res) => {
  const ref = req.xml.get('//reference');
  res.json({ received: ref ? ref.text() : null });
});
app.listen(3000);
