const express = require('express');
const { LedgerClient } = require('./ledgerClient');

const app = express();
app.use(express.json());
const ledger = new LedgerClient(process.env.LEDGER_HOST || 'ledger.internal.example', 7443);

app.post('/transfers', async (req, res) => {
  const { from, to, amountCents } = req.body;
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    return res.status(400).json({ error: 'invalid amount' });
  }
  const reply = await ledger.send({ type: 'transfer', from: String(from), to: String(to), amountCents });
  res.status(reply.ok ? 201 : 422).json(reply);
});

app.listen(3000);
