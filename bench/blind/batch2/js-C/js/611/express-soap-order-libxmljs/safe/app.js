const express = require('express');
const { parseOrder } = require('./soap');

const app = express();
app.use(express.text({ type: ['text/xml', 'application/soap+xml'], limit: '256kb' }));

app.post('/soap/orders', (req, res) => {
  try {
    const order = parseOrder(req.body);
    res.type('text/xml').send(`<ok><sku>${order.sku.replace(/[<&]/g, '')}</sku></ok>`);
  } catch (e) {
    res.status(400).type('text/xml').send('<fault>bad request</fault>');
  }
});

app.listen(3000);
